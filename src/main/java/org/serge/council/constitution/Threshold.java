package org.serge.council.constitution;

/**
 * What a motion needs to pass, counting yes and no votes (abstentions count towards the
 * quorum only).
 *
 * <ul>
 *   <li>{@code majority}: more yes than no;
 *   <li>a share such as {@code 2/3}: yes at least that share of yes + no, and at least one yes;
 *   <li>{@code consensus-minus-N}: at least one yes and at most N no ({@code unanimity} is
 *       consensus-minus-0).
 * </ul>
 */
public sealed interface Threshold {
  /** Whether {@code yes} and {@code no} votes pass. */
  boolean passes(long yes, long no);

  /** As written in constitutions. */
  String text();

  /** In plain words, for rule texts: "more yes than no votes". */
  String words();

  static Threshold parse(String text) {
    String t = text.strip();
    if (t.equals("majority")) {
      return new Majority();
    }
    if (t.equals("unanimity")) {
      return new ConsensusMinus(0);
    }
    if (t.startsWith("consensus-minus-")) {
      try {
        return new ConsensusMinus(Integer.parseInt(t.substring("consensus-minus-".length())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "': write consensus-minus-N with a whole number N");
      }
    }
    try {
      return new Share(Fraction.parse(t));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a threshold (write majority, a share such as 2/3, unanimity or consensus-minus-N)");
    }
  }

  /** More yes than no. */
  record Majority() implements Threshold {
    public boolean passes(long yes, long no) {
      return yes > no;
    }

    public String text() {
      return "majority";
    }

    public String words() {
      return "more yes than no votes";
    }
  }

  /** Yes at least {@code share} of yes + no (and at least one yes). */
  record Share(Fraction share) implements Threshold {
    public boolean passes(long yes, long no) {
      return yes > 0 && share.reachedBy(yes, yes + no);
    }

    public String text() {
      return share.toString();
    }

    public String words() {
      return "at least " + share + " of the yes and no votes to be yes";
    }
  }

  /** At least one yes and at most {@code objections} no. */
  record ConsensusMinus(int objections) implements Threshold {
    public ConsensusMinus {
      if (objections < 0) {
        throw new IllegalArgumentException("consensus-minus-N needs N ≥ 0");
      }
    }

    public boolean passes(long yes, long no) {
      return yes > 0 && no <= objections;
    }

    public String text() {
      return objections == 0 ? "unanimity" : "consensus-minus-" + objections;
    }

    public String words() {
      return objections == 0 ? "no vote against" : "at most " + objections + " votes against";
    }
  }
}
