package org.serge.cli.council;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.serge.InvalidInputException;
import org.serge.council.Actor;
import org.serge.record.SigningKey;
import picocli.CommandLine.Option;

/**
 * Who acts: {@code --as MEMBER}, and optionally {@code --key FILE}, the member's own signing
 * key (registered with {@code serge member key}), so that the event is signed by them rather
 * than by the instance.
 */
public final class ActorOptions {
  @Option(names = "--as", paramLabel = "MEMBER",
      description = "The member who acts (their id); without it, the instance acts (which the constitution"
          + " allows only for opening the record, founding, registering people and closing due motions).")
  String member;

  @Option(names = "--member-key", paramLabel = "FILE",
      description = "Sign with this member's own key (a file written by `serge member key`).")
  Path key;

  /** The actor named by --as, or the instance. */
  public Actor actor() {
    return member == null ? Actor.instance() : Actor.parse(member);
  }

  /** The member's own key, or null to sign with the instance's. */
  public SigningKey signingKey() {
    if (key == null) {
      return null;
    }
    try {
      return SigningKey.fromText(Files.readString(key).strip());
    } catch (IOException e) {
      throw new InvalidInputException(key.toString(), 0, "--member-key", "cannot read the key file: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(key.toString(), 1, "--member-key", "not a signing key: " + e.getMessage());
    }
  }
}
