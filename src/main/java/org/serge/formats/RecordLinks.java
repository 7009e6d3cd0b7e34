package org.serge.formats;

import org.serge.InvalidInputException;
import org.serge.planning.report.Source;

/**
 * Where a report's numbers link to: a URL pattern in which {@code {seq}} stands for the
 * event's seq, such as {@code record.html#seq-{seq}} (the default: the record's own page)
 * or {@code #event-{seq}} (the report's appendix of events). Immutable.
 *
 * @param pattern the URL pattern, containing {@code {seq}} once or more
 */
public record RecordLinks(String pattern) {
  /** The placeholder of the seq. */
  public static final String SEQ = "{seq}";
  /** The record's page, one anchor per event. */
  public static final RecordLinks RECORD_PAGE = new RecordLinks("record.html#seq-{seq}");
  /** The report's own appendix of events. */
  public static final RecordLinks APPENDIX = new RecordLinks("#event-{seq}");

  public RecordLinks {
    if (pattern == null || !pattern.contains(SEQ)) {
      throw new InvalidInputException(null, 0, "--links", "the link pattern must contain " + SEQ + ", as in "
          + RECORD_PAGE.pattern());
    }
  }

  /** The URL of an event. */
  public String href(Source source) {
    return pattern.replace(SEQ, Long.toString(source.seq()));
  }
}
