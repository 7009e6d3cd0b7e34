package org.serge.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.serge.InvalidInputException;
import org.serge.council.constitution.Constitution;
import org.serge.council.constitution.ConstitutionJson;

/**
 * Reads a federation's constitution from a YAML file (docs/constitution.md describes every key;
 * examples/uk-federation.yaml is one). The file is parsed token by token so that every error
 * names the file, the line and the key path ({@code uk.yaml:7: field 'decisions.plan.quorum':
 * '3/2' …}): a key that is missing is reported at the line of the mapping that lacks it.
 * Unknown keys, wrong types, bad shares and missing kinds are refused by {@link ConstitutionJson}.
 */
public final class ConstitutionFile {
  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  private ConstitutionFile() {}

  public static Constitution read(Path file) {
    try (Reader in = CsvReader.openText(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new InvalidInputException(file.toString(), 0, null, "cannot read: " + e.getMessage());
    }
  }

  /** Reads from {@code in}; {@code source} names it in errors. */
  public static Constitution read(Reader in, String source) {
    Map<String, Long> lines = new HashMap<>();
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(in)) {
      JsonToken first = parser.nextToken();
      root = first == null ? null : node(parser, "", lines, source);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InvalidInputException(source, line, null, "malformed YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidInputException(source, 0, null, "cannot read: " + e.getMessage());
    }
    return ConstitutionJson.read(root, path -> lineOf(lines, path), source);
  }

  /** The tree under the parser's current token, noting the line of every key path. */
  private static JsonNode node(JsonParser parser, String path, Map<String, Long> lines, String source)
      throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = MAPPER.createObjectNode();
        lines.putIfAbsent(path, line(parser));
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          String at = path.isEmpty() ? key : path + "." + key;
          if (object.has(key)) {
            throw new InvalidInputException(source, line(parser), at, "is given twice");
          }
          lines.put(at, line(parser));
          parser.nextToken();
          object.set(key, node(parser, at, lines, source));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = MAPPER.createArrayNode();
        lines.putIfAbsent(path, line(parser));
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          String at = path + "[" + array.size() + "]";
          lines.put(at, line(parser));
          array.add(node(parser, at, lines, source));
        }
        return array;
      }
      default -> {
        return parser.readValueAsTree();
      }
    }
  }

  /** The line of a key path, or of the nearest mapping above it that is in the file; 0 when none is. */
  private static long lineOf(Map<String, Long> lines, String path) {
    String at = path;
    while (!at.isEmpty()) {
      Long line = lines.get(at);
      if (line != null) {
        return line;
      }
      int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
      at = cut < 0 ? "" : at.substring(0, cut);
    }
    return lines.getOrDefault("", 0L);
  }

  private static long line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }
}
