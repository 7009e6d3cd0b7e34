package org.serge.council.constitution;

import java.time.Duration;
import java.time.Period;

/** Durations and periods in the words rule texts use. */
final class Durations {
  private Durations() {}

  static String words(Duration d) {
    if (d.isZero()) {
      return "no minimum time";
    }
    if (d.toHours() % 24 == 0) {
      long days = d.toDays();
      return days == 1 ? "1 day" : days + " days";
    }
    if (d.toMinutes() % 60 == 0) {
      return d.toHours() == 1 ? "1 hour" : d.toHours() + " hours";
    }
    return d.toMinutes() + " minutes";
  }

  static String words(Period p) {
    StringBuilder out = new StringBuilder();
    append(out, p.getYears(), "year");
    append(out, p.getMonths(), "month");
    append(out, p.getDays(), "day");
    return out.isEmpty() ? "0 days" : out.toString();
  }

  private static void append(StringBuilder out, int count, String unit) {
    if (count != 0) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(count).append(' ').append(unit).append(count == 1 ? "" : "s");
    }
  }
}
