package org.serge.formats;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.serge.InvalidInputException;

/**
 * Streams records from delimited text as RFC 4180 describes it: quoted fields may hold the
 * separator, doubled quotes and line breaks. Every record knows the line it started on, so
 * that errors can name it. Not thread-safe.
 */
public final class CsvReader implements Closeable {
  private final Reader in;
  private final String source;
  private final char separator;
  private long line = 1;
  private int pending = -2; // one character of look-ahead; -2 = none

  public CsvReader(Reader in, String source, char separator) {
    this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 1 << 16);
    this.source = source;
    this.separator = separator;
  }

  /** Opens a UTF-8 file (gzip-compressed when its name ends in .gz), separated by commas. */
  public static CsvReader open(Path file) {
    return open(file, ',');
  }

  /** Opens a UTF-8 file (gzip-compressed when its name ends in .gz) with the given separator. */
  public static CsvReader open(Path file, char separator) {
    return new CsvReader(openText(file), file.toString(), separator);
  }

  /** Opens a UTF-8 text file, decompressing it when its name ends in .gz; names it in errors. */
  public static Reader openText(Path file) {
    try {
      InputStream raw = Files.newInputStream(file);
      InputStream data = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InvalidInputException(file.toString(), 0, null, "no such file");
    } catch (IOException e) {
      throw new InvalidInputException(file.toString(), 0, null, "cannot read: " + e.getMessage());
    }
  }

  public String source() {
    return source;
  }

  /** The next record, or null at the end of the input. Blank lines are skipped. */
  public CsvRecord next() {
    try {
      while (true) {
        int c = read();
        if (c == -1) {
          return null;
        }
        if (c == '\n') {
          line++;
          continue;
        }
        if (c == '\r') {
          continue;
        }
        pending = c;
        return readRecord();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ":" + line + ": cannot read", e);
    }
  }

  private CsvRecord readRecord() throws IOException {
    long start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      int c = read();
      if (quoted) {
        if (c == -1) {
          throw new InvalidInputException(source, start, null, "a quoted field is never closed");
        }
        if (c == '"') {
          int next = read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            pending = next;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == -1) {
        fields.add(field.toString());
        if (c == '\n') {
          line++;
        }
        return new CsvRecord(source, start, fields);
      } else if (c != '\r') {
        field.append((char) c);
      }
    }
  }

  private int read() throws IOException {
    if (pending != -2) {
      int c = pending;
      pending = -2;
      return c;
    }
    return in.read();
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
