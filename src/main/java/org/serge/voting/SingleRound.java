package org.serge.voting;

/** Builds the one-round sheet of plurality and approval: the top {@code seats} are elected. */
final class SingleRound {
  private SingleRound() {}

  static CountResult sheet(Contest contest, String rule, long[] votes, long blank, long total) {
    SheetBuilder sheet = new SheetBuilder(contest, 0);
    boolean[] shown = new boolean[votes.length];
    for (int c = 0; c < votes.length; c++) {
      shown[c] = !contest.withdrawn().contains(c);
    }
    sheet.open(0, votes, shown, blank, 0);
    int[] ranking = Plurality.ranking(contest, votes);
    for (int i = 0; i < Math.min(contest.seats(), ranking.length); i++) {
      sheet.elect(ranking[i]);
    }
    if (ranking.length > contest.seats()
        && votes[ranking[contest.seats() - 1]] == votes[ranking[contest.seats()]]) {
      sheet.note("tie for the last seat broken by candidate order");
    }
    return sheet.finish(rule, total);
  }
}
