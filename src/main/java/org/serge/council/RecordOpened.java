package org.serge.council;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.serge.record.VerifyingKey;

/**
 * The first event of every record: the instance's name and the verifying key of the
 * instance's signing key, which signs every event no member signs with their own.
 */
public record RecordOpened(String name, VerifyingKey instanceKey) implements Fact {
  public static final String TYPE = "record.opened";

  public static RecordOpened read(Payload p) {
    VerifyingKey key;
    try {
      key = VerifyingKey.fromText(p.text("instanceKey"));
    } catch (IllegalArgumentException e) {
      throw p.bad("instanceKey", e.getMessage());
    }
    if (!key.id().equals(p.text("keyId"))) {
      throw p.bad("keyId", "is not the id of instanceKey (" + key.id() + ")");
    }
    return new RecordOpened(p.text("name"), key);
  }

  public String type() {
    return TYPE;
  }

  public String scope() {
    return "instance";
  }

  public ObjectNode payload() {
    ObjectNode p = Payload.object();
    p.put("name", name);
    p.put("instanceKey", instanceKey.toText());
    p.put("keyId", instanceKey.id());
    return p;
  }

  public void applyTo(Polity polity, Stamp stamp) {
    if (stamp.seq() != 1) {
      throw new Payload(payload(), "event " + stamp.seq() + " (" + TYPE + ")").bad("name", "the record is opened once, by event 1");
    }
    polity.keys.put(new RegisteredKey(instanceKey.id(), null, instanceKey.toText(), stamp.seq()));
  }
}
