package org.serge.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.serge.InvalidInputException;
import org.serge.budgeting.committee.ApprovalProfile;
import org.serge.budgeting.committee.Rational;

/**
 * Reads an abcvoting {@code .abc.yaml} file (profile, num_cand, committeesize, optional
 * voter_weights, optional compute). The top level is read as a stream so that every error
 * names the line of the offending field or voter: candidates out of range, a committee
 * size larger than the candidates, weights that are not positive numbers, a weight count
 * that differs from the voter count, truncated or malformed YAML.
 */
public final class AbcReader {
  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  private AbcReader() {}

  public static AbcInstance read(Path file) {
    try (Reader in = CsvReader.openText(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new InvalidInputException(file.toString(), 0, null, "cannot read: " + e.getMessage());
    }
  }

  /** Reads from {@code in}; {@code source} names it in errors. */
  public static AbcInstance read(Reader in, String source) {
    Fields fields = new Fields();
    try (JsonParser parser = MAPPER.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException(source, line(parser), null, "expected a YAML mapping");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        long at = line(parser);
        parser.nextToken();
        switch (name) {
          case "profile" -> fields.profile(parser, source);
          case "num_cand" -> fields.numCand = integer(parser.readValueAsTree(), source, at, name);
          case "committeesize" -> fields.size = integer(parser.readValueAsTree(), source, at, name);
          case "voter_weights" -> { fields.weights = parser.readValueAsTree(); fields.weightsLine = at; }
          case "compute" -> { fields.compute = parser.readValueAsTree(); fields.computeLine = at; }
          default -> parser.skipChildren();
        }
      }
    } catch (IOException e) {
      long line = e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
          ? p.getLocation().getLineNr() : 0;
      throw new InvalidInputException(source, line, null, "malformed YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    return fields.build(source);
  }

  private static long line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private static int integer(JsonNode node, String source, long line, String field) {
    if (node == null || !node.canConvertToExactIntegral() || node.asLong() < 0 || node.asLong() > Integer.MAX_VALUE) {
      throw new InvalidInputException(source, line, field, "must be a whole number ≥ 0, but is " + node);
    }
    return node.asInt();
  }

  /** The top-level fields as read, checked together once all are known. */
  private static final class Fields {
    List<JsonNode> voters = new ArrayList<>();
    List<Long> voterLines = new ArrayList<>();
    long profileLine = -1;
    Integer numCand;
    Integer size;
    JsonNode weights;
    long weightsLine;
    JsonNode compute;
    long computeLine;

    void profile(JsonParser parser, String source) throws IOException {
      profileLine = line(parser);
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw new InvalidInputException(source, profileLine, "profile", "must be a list of approval sets");
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        voterLines.add(line(parser));
        voters.add(parser.readValueAsTree());
      }
    }

    AbcInstance build(String source) {
      if (profileLine < 0 || numCand == null || size == null) {
        throw new InvalidInputException(source, 0, profileLine < 0 ? "profile" : numCand == null ? "num_cand" : "committeesize",
            "is missing (truncated file?)");
      }
      if (size > numCand) {
        throw new InvalidInputException(source, 0, "committeesize", size + " exceeds num_cand " + numCand);
      }
      List<int[]> approvals = new ArrayList<>();
      for (int v = 0; v < voters.size(); v++) {
        approvals.add(approvalSet(voters.get(v), source, voterLines.get(v), v));
      }
      List<Rational> weightList = new ArrayList<>();
      if (weights == null || weights.isNull()) {
        voters.forEach(v -> weightList.add(Rational.ONE));
      } else {
        if (!weights.isArray() || weights.size() != voters.size()) {
          throw new InvalidInputException(source, weightsLine, "voter_weights",
              "expected " + voters.size() + " weights, one per voter, but found " + (weights.isArray() ? weights.size() : "no list"));
        }
        for (JsonNode w : weights) {
          Rational value;
          try {
            value = Rational.parse(w.asText());
          } catch (NumberFormatException e) {
            throw new InvalidInputException(source, weightsLine, "voter_weights", "\"" + w.asText() + "\" is not a number");
          }
          if (value.signum() <= 0) {
            throw new InvalidInputException(source, weightsLine, "voter_weights", "weights must be positive, but one is " + w.asText());
          }
          weightList.add(value);
        }
      }
      return new AbcInstance(new ApprovalProfile(numCand, approvals, weightList), size, expected(source));
    }

    private int[] approvalSet(JsonNode node, String source, long line, int voter) {
      if (!node.isArray()) {
        throw new InvalidInputException(source, line, "profile", "voter " + voter + ": expected a list of candidates");
      }
      TreeSet<Integer> set = new TreeSet<>();
      for (JsonNode c : node) {
        if (!c.canConvertToExactIntegral() || c.asInt() < 0 || c.asInt() >= numCand) {
          throw new InvalidInputException(source, line, "profile",
              "voter " + voter + ": unknown candidate " + c + " (candidates are 0.." + (numCand - 1) + ")");
        }
        if (!set.add(c.asInt())) {
          throw new InvalidInputException(source, line, "profile", "voter " + voter + ": candidate " + c + " twice");
        }
      }
      return set.stream().mapToInt(Integer::intValue).toArray();
    }

    private List<AbcInstance.Expected> expected(String source) {
      List<AbcInstance.Expected> result = new ArrayList<>();
      if (compute == null || compute.isNull()) {
        return result;
      }
      for (JsonNode entry : compute) {
        JsonNode rule = entry.get("rule_id");
        if (rule == null || !rule.isTextual()) {
          throw new InvalidInputException(source, computeLine, "compute", "an entry lacks rule_id");
        }
        JsonNode committees = entry.get("result");
        List<List<Integer>> list = null;
        if (committees != null && !committees.isNull()) {
          list = new ArrayList<>();
          for (JsonNode committee : committees) {
            List<Integer> members = new ArrayList<>();
            committee.forEach(c -> members.add(c.asInt()));
            list.add(members.stream().sorted().toList());
          }
        }
        result.add(new AbcInstance.Expected(rule.asText(), entry.path("resolute").asBoolean(false), list));
      }
      return result;
    }
  }
}
