package org.serge.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.serge.InvalidInputException;
import org.serge.voting.Contest;
import org.serge.voting.CountingRule;
import org.serge.voting.Irv;
import org.serge.voting.SequentialIrv;
import org.serge.voting.IrvOptions;
import org.serge.voting.IrvOptions.Overvote;
import org.serge.voting.IrvOptions.Tiebreak;

/**
 * Reads an RCTab contest configuration (JSON) and the cast vote records it names, relative to
 * the config's folder. Maps RCTab's {@code rules} onto {@link IrvOptions}; field errors name
 * the config file and the field.
 */
public final class RctabConfigReader {
  private final Path file;
  private final String source;

  private RctabConfigReader(Path file) {
    this.file = file;
    this.source = file.toString();
  }

  /**
   * A contest read from a config.
   *
   * @param contest candidates (config order, then undeclared write-ins if any), seats, ballots
   * @param options the tabulation options
   * @param winnerElectionMode RCTab's mode name, as in the file
   */
  public record RctabContest(Contest contest, IrvOptions options, String winnerElectionMode,
      BigDecimal bottomsUpPercentage) {
    /**
     * The rule that counts this contest. RCTab's single-winner, multi-winner-per-round, sequential
     * (multiPassIrv) and bottoms-up modes; any other mode is refused by name.
     */
    public CountingRule rule(String source) {
      switch (winnerElectionMode) {
        case "singleWinnerMajority", "multiWinnerAllowMultipleWinnersPerRound" -> {
          return new Irv(options);
        }
        case "bottomsUp" -> {
          return new Irv(options.withBottomsUp(null));
        }
        case "bottomsUpUsingPercentageThreshold" -> {
          if (bottomsUpPercentage == null) {
            throw new InvalidInputException(source, 0, "rules.multiSeatBottomsUpPercentageThreshold",
                "a percentage from 0 to 100 is required by this mode");
          }
          return new Irv(options.withBottomsUp(bottomsUpPercentage));
        }
        case "multiPassIrv" -> {
          return new SequentialIrv(options);
        }
        default -> { }
      }
      throw new InvalidInputException(source, 0, "rules.winnerElectionMode",
          "mode \"" + winnerElectionMode + "\" is not supported (singleWinnerMajority, multiWinnerAllowMultipleWinnersPerRound, multiPassIrv, bottomsUp and"
          + " bottomsUpUsingPercentageThreshold are)");
    }
  }

  public static RctabContest read(Path file) {
    return new RctabConfigReader(file).read();
  }

  private RctabContest read() {
    JsonNode root;
    try (Reader in = CsvReader.openText(file)) {
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new InvalidInputException(source, 0, null,
          "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw error("(root)", "an RCTab config is a JSON object");
    }
    JsonNode rules = root.path("rules");
    if (!rules.isObject()) {
      throw error("rules", "missing");
    }
    List<String> names = new ArrayList<>();
    Map<String, String> aliases = new LinkedHashMap<>();
    Set<String> excluded = new HashSet<>();
    for (JsonNode candidate : root.path("candidates")) {
      String name = candidate.path("name").asText("").strip();
      if (name.isEmpty()) {
        throw error("candidates", "a candidate has no name");
      }
      if (names.contains(name)) {
        throw error("candidates", "the name \"" + name + "\" is given twice");
      }
      names.add(name);
      for (JsonNode alias : candidate.path("aliases")) {
        aliases.put(alias.asText(), name);
      }
      if (candidate.path("excluded").asBoolean(false)) {
        excluded.add(name);
      }
    }
    if (names.isEmpty()) {
      throw error("candidates", "the config names no candidates");
    }
    int maxRankings = rankLimit(rules, "maxRankingsAllowed");
    IrvOptions options = options(rules, names, maxRankings); // refuse a bad config before its CVRs
    BallotCollector ballots = new BallotCollector(names, aliases);
    JsonNode sources = root.path("cvrFileSources");
    if (!sources.isArray() || sources.isEmpty()) {
      throw error("cvrFileSources", "the config names no cast vote record files");
    }
    for (JsonNode entry : sources) {
      CvrSource cvr = cvrSource(entry);
      Path path = file.toAbsolutePath().getParent().resolve(cvr.filePath()).normalize();
      if (!Files.isRegularFile(path)) {
        throw error("cvrFileSources.filePath", "no such file " + path);
      }
      CvrReader reader = switch (cvr.provider()) {
        case "cdf" -> new CdfCvrReader(path, cvr);
        case "genericCsv" -> new CsvCvrReader(path, cvr);
        case "ess" -> new EssCvrReader(path, cvr, maxRankings);
        default -> throw error("cvrFileSources.provider", "provider \"" + cvr.provider()
            + "\" is not supported (ess, genericCsv, cdf are)");
      };
      reader.readInto(ballots);
    }
    List<String> all = ballots.candidates();
    Set<Integer> withdrawn = new HashSet<>();
    for (String name : excluded) {
      withdrawn.add(all.indexOf(name));
    }
    String mode = rules.path("winnerElectionMode").asText("");
    int seats = Math.max(1, integer(rules, "numberOfWinners", 1));
    String title = root.path("outputSettings").path("contestName").asText("");
    Contest contest = new Contest(title, all, seats, withdrawn, ballots.ballots());
    BigDecimal percentage = null;
    String pct = rules.path("multiSeatBottomsUpPercentageThreshold").asText("").strip();
    if (!pct.isEmpty()) {
      try {
        percentage = new BigDecimal(pct);
      } catch (NumberFormatException e) {
        throw error("rules.multiSeatBottomsUpPercentageThreshold", "\"" + pct + "\" is not a number");
      }
      if (percentage.signum() < 0 || percentage.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw error("rules.multiSeatBottomsUpPercentageThreshold", "must be 0 to 100, found " + pct);
      }
    }
    return new RctabContest(contest, options, mode, percentage);
  }

  private IrvOptions options(JsonNode rules, List<String> names, int maxRankings) {
    // Options that change the count but are not built are refused, never silently ignored.
    // Multi-seat modes fix the threshold in round 1 anyway; for one winner it is not built.
    if (rules.path("doesFirstRoundDetermineThreshold").asBoolean(false)
        && rules.path("winnerElectionMode").asText("").equals("singleWinnerMajority")) {
      throw error("rules.doesFirstRoundDetermineThreshold",
          "true is not supported with singleWinnerMajority");
    }
    if (!rules.path("stopTabulationEarlyAfterRound").asText("").isBlank()) {
      throw error("rules.stopTabulationEarlyAfterRound", "stopping early is not supported");
    }
    Overvote overvote = switch (rules.path("overvoteRule").asText("")) {
      case "exhaustImmediately" -> Overvote.EXHAUST_IMMEDIATELY;
      case "alwaysSkipToNextRank" -> Overvote.ALWAYS_SKIP_TO_NEXT_RANK;
      case "exhaustIfMultipleContinuing" -> Overvote.EXHAUST_IF_MULTIPLE_CONTINUING;
      default -> throw error("rules.overvoteRule", "unknown rule \""
          + rules.path("overvoteRule").asText() + "\"");
    };
    Tiebreak tiebreak = switch (rules.path("tiebreakMode").asText("")) {
      case "random" -> Tiebreak.RANDOM;
      case "previousRoundCountsThenRandom" -> Tiebreak.PREVIOUS_ROUND_COUNTS_THEN_RANDOM;
      case "useCandidateOrder", "generatePermutation" -> Tiebreak.PERMUTATION;
      default -> throw error("rules.tiebreakMode", "mode \"" + rules.path("tiebreakMode").asText()
          + "\" is not supported (random, previousRoundCountsThenRandom, useCandidateOrder,"
          + " generatePermutation are; the interactive modes need an operator)");
    };
    long seed = integer(rules, "randomSeed", 0);
    List<String> permutation = new ArrayList<>(names);
    if (rules.path("tiebreakMode").asText("").equals("generatePermutation")) {
      // RCTab's generated permutation: the names sorted, then shuffled by the seeded generator.
      java.util.Collections.sort(permutation);
      java.util.Collections.shuffle(permutation, new java.util.Random(seed));
    }
    int decimals = integer(rules, "decimalPlacesForVoteArithmetic", 4);
    if (decimals < 0 || decimals > 9) {
      throw error("rules.decimalPlacesForVoteArithmetic", "must be 0 to 9, found " + decimals);
    }
    List<String> first = new ArrayList<>();
    first.add(BallotCollector.UNDECLARED_WRITE_INS);
    return new IrvOptions(overvote, rankLimit(rules, "maxSkippedRanksAllowed"), maxRankings,
        rules.path("exhaustOnDuplicateCandidate").asBoolean(false),
        rules.path("batchElimination").asBoolean(false),
        rules.path("continueUntilTwoCandidatesRemain").asBoolean(false),
        tiebreak, seed, permutation, decimals,
        rules.path("nonIntegerWinningThreshold").asBoolean(false),
        rules.path("hareQuota").asBoolean(false),
        integer(rules, "minimumVoteThreshold", 0), first, false, null);
  }

  private CvrSource cvrSource(JsonNode entry) {
    if (entry.path("treatBlankAsUndeclaredWriteIn").asBoolean(false)) {
      throw error("cvrFileSources.treatBlankAsUndeclaredWriteIn", "true is not supported");
    }
    String path = entry.path("filePath").asText("");
    if (path.isEmpty()) {
      throw error("cvrFileSources.filePath", "missing");
    }
    return new CvrSource(path, entry.path("provider").asText(""),
        entry.path("contestId").asText(""),
        integer(entry, "firstVoteColumnIndex", 1), integer(entry, "firstVoteRowIndex", 1),
        entry.path("overvoteLabel").asText(""), entry.path("skippedRankLabel").asText(""),
        entry.path("undeclaredWriteInLabel").asText(""),
        entry.path("overvoteDelimiter").asText(""));
  }

  /** A rank limit: "max" or "unlimited" (or empty) is -1. */
  private int rankLimit(JsonNode rules, String field) {
    String text = rules.path(field).asText("").strip();
    if (text.isEmpty() || text.equals("max") || text.equals("unlimited")) {
      return -1;
    }
    return integer(rules, field, -1);
  }

  /** A whole number that RCTab may write as a string; empty means the default. */
  private int integer(JsonNode node, String field, int whenEmpty) {
    JsonNode value = node.path(field);
    String text = value.asText("").strip();
    if (value.isMissingNode() || value.isNull() || text.isEmpty()) {
      return whenEmpty;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw error(field, "\"" + text + "\" is not a whole number");
    }
  }

  private InvalidInputException error(String field, String reason) {
    return new InvalidInputException(source, 0, field, reason);
  }
}
