package org.serge.council;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.record.VerifyingKey;

/** A member registered their own verifying key; events they sign with it are verified with it. */
public record KeyRegistered(String member, VerifyingKey key) implements Fact {
  public static final String TYPE = "key.registered";

  public static KeyRegistered read(Payload p) {
    try {
      VerifyingKey key = VerifyingKey.fromText(p.text("publicKey"));
      if (!key.id().equals(p.text("keyId"))) {
        throw p.bad("keyId", "is not the id of publicKey (" + key.id() + ")");
      }
      return new KeyRegistered(p.text("member"), key);
    } catch (IllegalArgumentException e) {
      throw p.bad("publicKey", e.getMessage());
    }
  }

  public String type() {
    return TYPE;
  }

  public String scope() {
    return "instance";
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("member", member);
    p.put("publicKey", key.toText());
    p.put("keyId", key.id());
    return p;
  }

  public void applyTo(Polity polity, Stamp stamp) {
    polity.member(member);
    polity.keys.put(new RegisteredKey(key.id(), member, key.toText(), stamp.seq()));
  }
}
