package org.serge.council;

/**
 * The fixed articles every constitution includes: rules no federation can vote away,
 * because the others rest on them. A refusal names them as it names a constitution's rules.
 */
public final class Articles {
  private Articles() {}

  public static final Rule INSTANCE = new Rule("articles.instance",
      "The instance opens the record and founds a federation from its constitution; it takes no decision"
          + " and acts for no member.");
  public static final Rule MEMBERS_ACT = new Rule("articles.members-act",
      "Only members of a council act in it; only delegates act in a federation's assembly.");
  public static final Rule OWN_KEY = new Rule("articles.own-key",
      "An event signed with a member's key is that member's own act, and the key must be registered to them.");
  public static final Rule ONE_VOTE = new Rule("articles.one-vote",
      "Everyone entitled has one vote on a motion while it is open; a later vote replaces their earlier one.");
  public static final Rule CLOSING = new Rule("articles.closing",
      "A motion closes when its period has ended or everyone entitled has voted, never before.");
  public static final Rule NAMES = new Rule("articles.names",
      "Every council, member and motion has one id for ever; an id is never given twice.");
}
