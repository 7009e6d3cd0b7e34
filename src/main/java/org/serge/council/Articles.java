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

  // ---- deliberation (org.serge.council.deliberation): the rules dissent rests on

  public static final Rule PROPOSAL_KINDS = new Rule("articles.proposal-kinds",
      "A proposal asks for a decision of a kind without a procedure of its own (ordinary, plan, …); elections,"
          + " recalls, appeals and changes of the constitution follow their own procedures.");
  public static final Rule AUTHORS = new Rule("articles.authors",
      "Only its author revises a proposal, accepts an amendment to it, puts it to the vote or withdraws it;"
          + " only its author withdraws an amendment; only the author of hidden content appeals against its hiding.");
  public static final Rule DEBATE = new Rule("articles.debate",
      "A proposal is revised, amended or withdrawn only while it is open for debate, before it goes to the vote;"
          + " an amendment is accepted, withdrawn or put to the vote only while it is pending and its proposal open.");
  public static final Rule AMENDMENTS_FIRST = new Rule("articles.amendments-first",
      "Every amendment to a proposal is decided before the proposal goes to the vote, one amendment vote at a"
          + " time, and nothing changes the proposal while a vote on one of its amendments is open:"
          + " everyone votes on a known text.");
  public static final Rule MINORITY_REPORTS = new Rule("articles.minority-reports",
      "A minority report goes with an adopted or rejected decision for ever; each member writes at most one on a"
          + " decision and signs each report at most once.");
  public static final Rule HIDING_REASONS = new Rule("articles.hiding-reasons",
      "Content is hidden only with a reason, which stays in the record with who hid it; hidden content is never"
          + " deleted and stays readable.");
  public static final Rule OWN_CAUSE = new Rule("articles.own-cause",
      "No one judges their own cause: a moderator does not hide their own content, and does not vote on an"
          + " appeal against their own hiding.");
  public static final Rule APPEALS = new Rule("articles.appeals",
      "The author of hidden content may appeal to the council, which decides under its rule for appeals; one"
          + " appeal is open at a time, a rejected appeal is final, a lapsed one may be made again, and content"
          + " restored on appeal is not hidden again.");

  // ---- delegates, recall and the constitution (org.serge.council.mandate, org.serge.council.constitution)

  public static final Rule MANDATES = new Rule("articles.mandates",
      "A mandate is held by the one person its council elected, for one term: only its holder resigns it, and"
          + " only the council that gave it recalls it.");
  public static final Rule RECALLS = new Rule("articles.recalls",
      "A council may recall its delegate at any time, by petition or by motion; one petition and one vote on a"
          + " mandate at a time, and each member signs a petition once.");
  public static final Rule AMENDMENTS = new Rule("articles.amendments",
      "The constitution changes only by an amendment its federation's assembly adopts and its member councils"
          + " ratify, one amendment at a time; each council ratifies once; no one, the instance included, changes it"
          + " otherwise.");
}
