package org.serge.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of the append-only public log.
 *
 * <p>{@code seq} is 1-based and contiguous; {@code time} is UTC with millisecond precision
 * (finer instants are refused, so the canonical form loses nothing); {@code scope} says
 * where it happened ({@code federation:uk}, {@code council:leeds-rail}); {@code actor} who
 * acted; {@code type} what happened ({@code council.created}); {@code payload} the details,
 * a JSON object in the canonical subset of {@link CanonicalJson}; {@code prevHash} the
 * previous event's hash ({@link #GENESIS_PREV_HASH} for the first); {@code hash} the
 * lower-case hex SHA-256 of {@link #hashedBytes()}; {@code signature} the base64 Ed25519
 * signature of the 32 raw hash bytes by the key whose id is {@code signer}.
 *
 * <p>Immutable and thread-safe: the payload is copied in and out. No component is null.
 * The constructor does not check hashes or signatures ({@link Verifier} does), so a
 * tampered event can be represented and reported.
 */
public record Event(
    long seq,
    Instant time,
    String scope,
    String actor,
    String type,
    ObjectNode payload,
    String prevHash,
    String hash,
    String signature,
    String signer) {

  /** The prevHash of event 1: 64 zeros. */
  public static final String GENESIS_PREV_HASH = "0".repeat(64);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  public Event {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(signer, "signer");
    if (!time.truncatedTo(ChronoUnit.MILLIS).equals(time)) {
      throw new IllegalArgumentException("time " + time + " is finer than milliseconds");
    }
    String problem = CanonicalJson.problem(payload);
    if (problem != null) {
      throw new IllegalArgumentException("payload " + problem);
    }
    payload = payload.deepCopy();
  }

  /** A copy of the payload: changing it does not change this event. */
  @Override
  public ObjectNode payload() {
    return payload.deepCopy();
  }

  /** The time as written in canonical form and JSON lines: {@code 2026-01-31T12:00:00.000Z}. */
  public String timeText() {
    return TIME.format(time);
  }

  /** Any instant in the record's time format, truncated to milliseconds. */
  public static String formatTime(Instant instant) {
    return TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** Parses {@link #timeText()}'s format; throws DateTimeParseException when malformed. */
  public static Instant parseTime(String text) {
    return Instant.from(TIME.parse(text));
  }

  /**
   * The bytes that {@code hash} digests: the canonical JSON object of every field but
   * {@code hash} and {@code signature} (keys actor, payload, prevHash, scope, seq, signer,
   * time, type), UTF-8.
   */
  public byte[] hashedBytes() {
    ObjectNode sealed = JsonNodeFactory.instance.objectNode();
    sealed.put("seq", seq);
    sealed.put("time", timeText());
    sealed.put("scope", scope);
    sealed.put("actor", actor);
    sealed.put("type", type);
    sealed.set("payload", payload);
    sealed.put("prevHash", prevHash);
    sealed.put("signer", signer);
    return CanonicalJson.write(sealed).getBytes(StandardCharsets.UTF_8);
  }

  /** The hash this event's contents call for (which {@code hash} should equal). */
  public String computeHash() {
    return Hashes.sha256Hex(hashedBytes());
  }

  /**
   * Events are equal when all ten fields are; payloads compare by canonical form, so an
   * integer read back as a different Java number type still compares equal.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Event that
        && seq == that.seq
        && time.equals(that.time)
        && scope.equals(that.scope)
        && actor.equals(that.actor)
        && type.equals(that.type)
        && prevHash.equals(that.prevHash)
        && hash.equals(that.hash)
        && signature.equals(that.signature)
        && signer.equals(that.signer)
        && CanonicalJson.write(payload).equals(CanonicalJson.write(that.payload));
  }

  @Override
  public int hashCode() {
    return Objects.hash(seq, time, scope, actor, type, prevHash, hash, signature, signer);
  }

  /** This event as one JSON object, all ten fields, in canonical form. */
  JsonNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("seq", seq);
    node.put("time", timeText());
    node.put("scope", scope);
    node.put("actor", actor);
    node.put("type", type);
    node.set("payload", payload);
    node.put("prevHash", prevHash);
    node.put("hash", hash);
    node.put("signature", signature);
    node.put("signer", signer);
    return node;
  }
}
