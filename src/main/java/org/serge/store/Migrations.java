package org.serge.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a database already has every migration of {@code db/migration}: then opening a
 * store need not start Flyway, which costs about a second of class loading on every command.
 * When a migration is missing (a new database, a newer Serge), Flyway runs as usual.
 */
final class Migrations {
  static final String FOLDER = "db/migration";
  private static final Pattern VERSION = Pattern.compile("V(\\d+)__[^/]*\\.sql");

  private Migrations() {}

  /** The versions of the migrations on the class path ("1", "2", …). */
  static Set<String> onClassPath() {
    Set<String> versions = new TreeSet<>();
    try {
      URL folder = Migrations.class.getClassLoader().getResource(FOLDER);
      if (folder == null) {
        return versions;
      }
      if (folder.getProtocol().equals("jar")) {
        JarURLConnection jar = (JarURLConnection) folder.openConnection();
        jar.setUseCaches(false);
        try (JarFile file = jar.getJarFile()) {
          file.stream().map(e -> e.getName()).filter(n -> n.startsWith(FOLDER + "/"))
              .forEach(n -> add(versions, n.substring(FOLDER.length() + 1)));
        }
      } else {
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
          files.forEach(f -> add(versions, f.getFileName().toString()));
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      versions.clear(); // unknown: let Flyway decide
    }
    return versions;
  }

  /** Whether every migration on the class path was applied successfully, and no other. */
  static boolean applied(Connection connection, Set<String> versions) {
    if (versions.isEmpty()) {
      return false;
    }
    Set<String> done = new TreeSet<>();
    try (Statement select = connection.createStatement()) {
      // Asking first spares H2 an error (and a trace file) when the history table is not there.
      try (ResultSet exists = select.executeQuery(
          "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'flyway_schema_history'")) {
        if (!exists.next() || exists.getLong(1) == 0) {
          return false;
        }
      }
    } catch (SQLException e) {
      return false;
    }
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
      while (rows.next()) {
        if (!rows.getBoolean(2)) {
          return false;
        }
        if (rows.getString(1) != null) {
          done.add(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      return false; // no history table yet
    }
    return done.equals(versions);
  }

  private static void add(Set<String> versions, String name) {
    Matcher m = VERSION.matcher(name);
    if (m.matches()) {
      versions.add(m.group(1));
    }
  }
}
