package org.serge.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.serge.InvalidInputException;
import org.serge.SergeException;
import org.serge.record.SigningKey;

/**
 * The file that holds the instance's Ed25519 signing key: one line, the base64 of the 32-byte
 * seed ({@link SigningKey#toText()}), readable and writable by its owner only. It is made when
 * the record is first opened, and event 1 ({@code record.opened}) carries its verifying key;
 * whoever holds the file can sign as the instance, so it must be kept like a password (and
 * copied along with the database when the record moves).
 *
 * @param path where the key is kept (by default {@code instance.key} in the data directory)
 */
public record KeyFile(Path path) {
  /** The file name in the data directory. */
  public static final String DEFAULT_NAME = "instance.key";

  /** The key in the file, or null when there is no file. */
  public SigningKey loadIfPresent() {
    if (!Files.exists(path)) {
      return null;
    }
    try {
      return SigningKey.fromText(Files.readString(path, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new SergeException("cannot read the key file " + path + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(path.toString(), 1, null, "is not a base64 Ed25519 seed: " + e.getMessage());
    }
  }

  /**
   * The key in the file, made first (from strong randomness) when there is none. Two
   * processes that both make one keep the same: the file appears whole or not at all.
   */
  public SigningKey loadOrCreate() {
    SigningKey existing = loadIfPresent();
    if (existing != null) {
      return existing;
    }
    SigningKey key = SigningKey.generate();
    try {
      Path folder = path.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, ".instance-", ".key");
      try {
        ownerOnly(temporary);
        Files.writeString(temporary, key.toText() + "\n", StandardCharsets.US_ASCII);
        link(temporary);
      } catch (FileAlreadyExistsException e) {
        return loadIfPresent();
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new SergeException("cannot write the key file " + path + ": " + e.getMessage(), e);
    }
    return key;
  }

  /** Puts the written file in place: a hard link is atomic and fails if another process made one first. */
  private void link(Path temporary) throws IOException {
    try {
      Files.createLink(path, temporary);
    } catch (UnsupportedOperationException e) {
      Files.move(temporary, path); // no hard links here: still refuses to replace an existing key
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: createTempFile already made it private to the user where it can.
    }
  }
}
