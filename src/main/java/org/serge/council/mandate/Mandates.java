package org.serge.council.mandate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.serge.InvalidInputException;
import org.serge.council.Articles;
import org.serge.council.Council;
import org.serge.council.Fact;
import org.serge.council.Mandate;
import org.serge.council.Polity;
import org.serge.council.Refused;
import org.serge.council.Rule;
import org.serge.council.Times;
import org.serge.council.constitution.Constitution;

/**
 * Who may take a mandate, and granting it: the one place where the constitution's rules on
 * mandates are applied, for delegates elected by an open motion ({@link DelegateConsequence})
 * and for those elected by a secret ballot alike.
 *
 * <p>A candidate for a mandate from a council to its federation's assembly must:
 *
 * <ul>
 *   <li>be a current member of the council (of a federation: a member of one of the councils
 *       in it, at any depth) — {@link Articles#MEMBERS_ACT};
 *   <li>hold fewer mandates in force, anywhere, than {@code mandates.simultaneous};
 *   <li>not have held this same mandate (council → federation) for {@code mandates.consecutive-terms}
 *       consecutive terms already: terms are consecutive when the next began less than one term
 *       after the previous ended (ended early or at its term's end).
 * </ul>
 *
 * <p>The rules are the electing council's (mandates cannot be overridden, so they are the
 * federation's). A mandate runs from its grant for {@code mandates.term}.
 */
public final class Mandates {
  private Mandates() {}

  /** The constitution's rule {@code id} for this council ({@code mandates.term}, {@code recall.petition}, …). */
  public static Rule rule(Polity polity, String councilId, String id) {
    return polity.constitution(councilId).rule(id).orElseThrow();
  }

  /** The mandate with this id; bad input naming it when there is none. */
  public static Mandate mandate(Polity polity, String id) {
    return polity.mandates.find(id).orElseThrow(() -> new InvalidInputException(null, 0, "mandate",
        "no mandate '" + id + "'"));
  }

  /** The federation a council sends delegates to; bad input for a top-level federation, which sends none. */
  public static String federationOf(Polity polity, String councilId) {
    Council council = polity.council(councilId);
    if (council.parent() == null) {
      throw new InvalidInputException(null, 0, "council", councilId + " is a top-level federation: it sends no"
          + " delegates");
    }
    return council.parent();
  }

  /** Whether the member belongs to the council now: a member of it, or, for a federation, of a council in it. */
  public static boolean belongs(Polity polity, String councilId, String member) {
    return belongs(polity, councilId, member, null);
  }

  /** As {@link #belongs(Polity, String, String)}, not counting a membership of {@code leaving}. */
  private static boolean belongs(Polity polity, String councilId, String member, String leaving) {
    if (!polity.council(councilId).isFederation()) {
      return !councilId.equals(leaving) && polity.isMember(councilId, member);
    }
    return polity.memberCouncils(councilId).stream().anyMatch(c -> belongs(polity, c.id(), member, leaving));
  }

  /**
   * The resignations that leaving a council entails: a delegate represents those they belong to,
   * so the member's mandates in force from that council, and from the federations above it they no
   * longer belong to without it, end ({@code mandate.resigned}).
   */
  public static List<Fact> resignedByLeaving(Polity polity, String councilId, String member, Instant now) {
    return polity.mandatesOf(member, Times.text(now)).stream()
        .filter(m -> !belongs(polity, m.council(), member, councilId))
        .<Fact>map(MandateEnded::resigned).toList();
  }

  /**
   * Refuses a candidate the constitution does not let take a mandate from {@code councilId} at {@code now}.
   *
   * @throws Refused naming {@link Articles#MEMBERS_ACT}, {@code mandates.simultaneous} or
   *     {@code mandates.consecutive-terms}
   * @throws InvalidInputException for an unknown member or council, a top-level federation, or
   *     a candidate who holds this very mandate already
   */
  public static void checkEligible(Polity polity, String councilId, String member, Instant now) {
    String federation = federationOf(polity, councilId);
    polity.member(member);
    String time = Times.text(now);
    if (!belongs(polity, councilId, member)) {
      throw new Refused(Articles.MEMBERS_ACT, member + " is not a member of " + councilId
          + ", so cannot be its delegate");
    }
    List<Mandate> held = polity.mandatesOf(member, time);
    for (Mandate m : held) {
      if (m.council().equals(councilId) && m.federation().equals(federation)) {
        throw new InvalidInputException(null, 0, "member", member + " is a delegate of " + councilId + " to "
            + federation + " already, until " + m.termEnd());
      }
    }
    Constitution constitution = polity.constitution(councilId);
    int simultaneous = constitution.mandates().simultaneous();
    if (held.size() >= simultaneous) {
      throw new Refused(rule(polity, councilId, "mandates.simultaneous"), member + " holds " + held.size()
          + " mandate" + (held.size() == 1 ? "" : "s") + " in force already: "
          + held.stream().map(Mandate::id).toList());
    }
    int consecutive = consecutiveTerms(polity, councilId, federation, member, now);
    if (consecutive >= constitution.mandates().consecutiveTerms()) {
      throw new Refused(rule(polity, councilId, "mandates.consecutive-terms"), member + " has held the mandate of "
          + councilId + " to " + federation + " for the last " + consecutive + " consecutive terms");
    }
  }

  /**
   * The facts that grant each winner a mandate from {@code councilId} to its federation, for the
   * constitution's term from {@code now}, after checking each ({@link #checkEligible}).
   *
   * @param grantedBy the decision or election that chose them, or null
   * @param nextSeq the seq the first returned fact's event will have
   */
  public static List<Fact> grant(
      Polity polity, String councilId, List<String> winners, Instant now, long nextSeq, String grantedBy) {
    String federation = federationOf(polity, councilId);
    Set<String> seen = new HashSet<>();
    List<Fact> facts = new ArrayList<>();
    String termEnd = Times.text(termEnd(polity, councilId, now));
    for (String member : winners) {
      if (!seen.add(member)) {
        throw new InvalidInputException(null, 0, "winners", member + " is named twice");
      }
      checkEligible(polity, councilId, member, now);
      long seq = nextSeq + facts.size();
      facts.add(new MandateGranted(councilId, federation, member, Mandate.id(federation, councilId, member, seq),
          termEnd, grantedBy));
    }
    return facts;
  }

  /** As {@link #grant(Polity, String, List, Instant, long, String)}, chosen by no recorded decision. */
  public static List<Fact> grant(Polity polity, String councilId, List<String> winners, Instant now, long nextSeq) {
    return grant(polity, councilId, winners, now, nextSeq, null);
  }

  /** When a mandate granted now ends: {@code now} plus the constitution's {@code mandates.term}, in UTC. */
  public static Instant termEnd(Polity polity, String councilId, Instant now) {
    return now.atOffset(ZoneOffset.UTC).plus(polity.constitution(councilId).mandates().term()).toInstant();
  }

  /** How many terms of this mandate the member has held back to back, up to {@code now}. */
  static int consecutiveTerms(Polity polity, String councilId, String federation, String member, Instant now) {
    List<Mandate> past = polity.mandates.rows().stream()
        .filter(m -> m.member().equals(member) && m.council().equals(councilId) && m.federation().equals(federation))
        .sorted((a, b) -> b.start().compareTo(a.start())).toList();
    int count = 0;
    Instant next = now;
    for (Mandate m : past) {
      Instant end = Times.parse(m.ended() != null ? m.ended() : m.termEnd());
      if (!termEnd(polity, councilId, end).isAfter(next)) {
        break; // a full term passed between this mandate and the next: the run is broken
      }
      count++;
      next = Times.parse(m.start());
    }
    return count;
  }
}
