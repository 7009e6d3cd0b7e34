package org.serge.council.deliberation;

import org.serge.council.Row;

/**
 * Something a member wrote that a moderator may hide: a proposal, an amendment, a comment or
 * a minority report. Hiding changes only {@link #hiding()}; the words stay in the row and in
 * the record, readable with the reason ({@link Shown}).
 */
public sealed interface Content extends Row permits Proposal, Amendment, Comment, MinorityReport {
  /** The id, unique over all content: {@code p-}, {@code a-}, {@code c-} or {@code r-} and a seq. */
  String id();

  /** The council whose debate it belongs to (and whose moderators may hide it). */
  String council();

  /** The member who wrote it. */
  String author();

  /** The hiding in force ({@link Hiding} id), or null while it is shown. */
  String hiding();

  /** {@code proposal}, {@code amendment}, {@code comment} or {@code minority-report}. */
  String contentType();

  /** This content with another hiding in force (null: shown again). */
  Content withHiding(String hidingId);

  default boolean hidden() {
    return hiding() != null;
  }

  @Override
  default String key() {
    return id();
  }
}
