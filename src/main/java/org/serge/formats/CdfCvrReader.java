package org.serge.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads NIST SP 1500-103 common-data-format cast vote records (JSON): the Election section
 * maps ContestSelection ids to candidate names; each CVR's current snapshot lists, per
 * selection, the ranks marked ({@code SelectionPosition.Rank} with an indication). Only the
 * contest named by the source's contestId (or the first one) is read. Errors name the CVR by
 * its position (1-based) as the "line".
 */
public final class CdfCvrReader extends CvrReader {
  public CdfCvrReader(Path file, CvrSource settings) {
    super(file, settings);
  }

  @Override
  public void readInto(BallotCollector ballots) {
    JsonNode root;
    try (Reader in = CsvReader.openText(file)) {
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw error(0, null, "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    Map<String, String> candidateNames = new HashMap<>();
    Map<String, String> selectionToCandidate = new HashMap<>();
    String contestId = null;
    for (JsonNode election : root.path("Election")) {
      for (JsonNode candidate : election.path("Candidate")) {
        candidateNames.put(candidate.path("@id").asText(), candidate.path("Name").asText());
      }
      for (JsonNode contest : election.path("Contest")) {
        boolean wanted = settings.contestId().isEmpty()
            || settings.contestId().equals(contest.path("@id").asText())
            || settings.contestId().equals(contest.path("Name").asText());
        if (!wanted || contestId != null) {
          continue;
        }
        contestId = contest.path("@id").asText();
        for (JsonNode selection : contest.path("ContestSelection")) {
          JsonNode ids = selection.path("CandidateIds");
          String name = ids.size() == 1 ? candidateNames.get(ids.get(0).asText()) : null;
          if (name == null) {
            throw error(0, "ContestSelection", "selection " + selection.path("@id").asText()
                + " does not name one known candidate");
          }
          selectionToCandidate.put(selection.path("@id").asText(), name);
        }
      }
    }
    if (contestId == null) {
      throw error(0, "Election.Contest", "no contest " + settings.contestId() + " in the file");
    }
    JsonNode records = root.path("CVR");
    if (!records.isArray()) {
      throw error(0, "CVR", "the file has no CVR list");
    }
    int position = 0;
    for (JsonNode record : records) {
      position++;
      readRecord(record, contestId, selectionToCandidate, ballots, position);
    }
  }

  private void readRecord(JsonNode record, String contestId, Map<String, String> selections,
      BallotCollector ballots, int position) {
    JsonNode snapshot = currentSnapshot(record);
    Map<Integer, List<Integer>> byRank = new TreeMap<>();
    for (JsonNode contest : snapshot.path("CVRContest")) {
      String id = contest.path("ContestId").asText(contestId);
      if (!id.equals(contestId)) {
        continue;
      }
      for (JsonNode selection : contest.path("CVRContestSelection")) {
        String selectionId = selection.path("ContestSelectionId").asText();
        String name = selections.get(selectionId);
        if (name == null) {
          throw error(position, "ContestSelectionId", "unknown selection \"" + selectionId + "\"");
        }
        int c = candidate(ballots, name, position, "ContestSelectionId");
        for (JsonNode mark : selection.path("SelectionPosition")) {
          if (mark.has("HasIndication") && !mark.path("HasIndication").asText().equals("yes")) {
            continue;
          }
          int rank = mark.path("Rank").asInt(0);
          if (rank < 1) {
            throw error(position, "Rank", "a rank must be a positive whole number, found "
                + mark.path("Rank"));
          }
          byRank.computeIfAbsent(rank, r -> new ArrayList<>()).add(c);
        }
      }
    }
    ballots.add(byRank.isEmpty() ? new int[0][] : BallotCollector.ranks(byRank));
  }

  private static JsonNode currentSnapshot(JsonNode record) {
    String current = record.path("CurrentSnapshotId").asText("");
    JsonNode last = null;
    for (JsonNode snapshot : record.path("CVRSnapshot")) {
      if (snapshot.path("@id").asText().equals(current)) {
        return snapshot;
      }
      last = snapshot;
    }
    return last == null ? record : last;
  }
}
