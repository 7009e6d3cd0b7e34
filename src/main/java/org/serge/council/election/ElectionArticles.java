package org.serge.council.election;

import org.serge.council.Rule;

/**
 * The fixed articles of secret votes, which every constitution includes as it includes
 * {@link org.serge.council.Articles}: a refusal names them as it names a constitution's rules.
 */
public final class ElectionArticles {
  private ElectionArticles() {}

  public static final Rule SECRET_BALLOT = new Rule("articles.secret-ballot",
      "In an election or a budget round everyone entitled when it opened casts one secret ballot, once, while it"
          + " is open; a ballot cast is final. The record says who voted, never what: ballots are published only at"
          + " the close, all together in one shuffled batch that links none of them to a voter.");
  public static final Rule COUNTING = new Rule("articles.counting",
      "An election or a budget round closes when its period has ended or everyone entitled has voted, never"
          + " before; its ballots are then published and counted by its rule, and anyone may recount them. Without"
          + " the quorum of its kind it lapses and its ballots are destroyed unread.");
  public static final Rule CANDIDATES = new Rule("articles.candidates",
      "An election lists at least as many candidates as seats, each once; where its purpose needs it, every"
          + " candidate acts in the council.");
}
