package org.serge.planning.cycle;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks proposals against a {@link Frame} and refuses bad ones with a
 * {@link ProposalRefused} naming the rule: unknown products, negative quantities, hours
 * above the limit per member, output above the council's own capacity, and a council
 * proposing in another's name. Stateless.
 */
public final class ProposalCheck {
  private ProposalCheck() {}

  /**
   * A demand proposal from quantities by product code, as a council submits it.
   *
   * @param submittedBy the council that submits it (must be {@code council})
   */
  public static DemandProposal demand(Frame frame, Map<String, Integer> productIndex,
      String submittedBy, String council, int region, int members, double hoursPerMember,
      Map<String, Double> quantitiesByCode) {
    double[] quantities = byIndex(productIndex, quantitiesByCode, frame.productCount(), council, "product");
    DemandProposal proposal = new DemandProposal(council, region, members, hoursPerMember, quantities);
    check(frame, submittedBy, proposal);
    return proposal;
  }

  /**
   * A production proposal from inputs by product code and resource uses by resource code,
   * as a council submits it.
   *
   * @param submittedBy the council that submits it (must be {@code council})
   */
  public static ProductionProposal production(Frame frame, Map<String, Integer> productIndex,
      String submittedBy, String council, int members, String product, double output,
      Map<String, Double> inputsByCode, double hours, Map<String, Double> usesByCode, double capacity) {
    Integer made = productIndex.get(product);
    if (made == null) {
      throw new ProposalRefused(ProposalRefused.RULE_UNKNOWN_PRODUCT, council, "product",
          "no product '" + product + "' in this plan");
    }
    double[] inputs = byIndex(productIndex, inputsByCode, frame.productCount(), council, "product");
    Map<String, Integer> resourceIndex = new java.util.HashMap<>();
    for (int k = 0; k < frame.resourceCount(); k++) {
      resourceIndex.put(frame.resources().get(k), k);
    }
    double[] uses = byIndex(resourceIndex, usesByCode, frame.resourceCount(), council, "resource");
    ProductionProposal proposal = new ProductionProposal(council, members, made, output, inputs, hours, uses, capacity);
    check(frame, submittedBy, proposal);
    return proposal;
  }

  /**
   * The non-zero entries of a dense vector by code, in code order: quantities as a council
   * submits them to {@link #demand} or {@link #production} (the inverse of their by-code maps).
   */
  public static Map<String, Double> byCode(List<String> codes, double[] values) {
    Map<String, Double> map = new java.util.TreeMap<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != 0) {
        map.put(codes.get(i), values[i]);
      }
    }
    return map;
  }

  private static double[] byIndex(Map<String, Integer> index, Map<String, Double> byCode, int size,
      String council, String what) {
    double[] values = new double[size];
    for (Map.Entry<String, Double> entry : byCode.entrySet()) {
      Integer at = index.get(entry.getKey());
      if (at == null) {
        throw new ProposalRefused(ProposalRefused.RULE_UNKNOWN_PRODUCT, council, entry.getKey(),
            "no " + what + " '" + entry.getKey() + "' in this plan");
      }
      values[at] = entry.getValue();
    }
    return values;
  }

  /** Refuses a demand proposal that breaks a rule. */
  public static void check(Frame frame, String submittedBy, DemandProposal proposal) {
    String council = proposal.council();
    own(submittedBy, council);
    members(council, proposal.members());
    if (proposal.region() < 0 || proposal.region() >= frame.regionCount()) {
      throw new ProposalRefused(ProposalRefused.RULE_CONSISTENT, council, "region",
          "no region " + proposal.region() + " in this plan");
    }
    dense(frame, council, proposal.quantities(), "quantity");
    hours(frame, council, proposal.hoursPerMember());
  }

  /** Refuses a production proposal that breaks a rule. */
  public static void check(Frame frame, String submittedBy, ProductionProposal proposal) {
    String council = proposal.council();
    own(submittedBy, council);
    members(council, proposal.members());
    if (proposal.product() < 0 || proposal.product() >= frame.productCount()) {
      throw new ProposalRefused(ProposalRefused.RULE_UNKNOWN_PRODUCT, council, "product",
          "no product " + proposal.product() + " in this plan");
    }
    nonNegative(council, "output", proposal.output());
    nonNegative(council, "hours", proposal.hours());
    dense(frame, council, proposal.inputs(), "input");
    if (proposal.resourceUse().length != frame.resourceCount()) {
      throw new ProposalRefused(ProposalRefused.RULE_UNKNOWN_PRODUCT, council, "resource",
          proposal.resourceUse().length + " resource uses for " + frame.resourceCount() + " resources");
    }
    for (int r = 0; r < frame.resourceCount(); r++) {
      nonNegative(council, frame.resources().get(r), proposal.resourceUse()[r]);
    }
    if (!(proposal.capacity() >= 0) || proposal.output() > proposal.capacity()) {
      throw new ProposalRefused(ProposalRefused.RULE_CONSISTENT, council, "output",
          "output " + proposal.output() + " above the council's own capacity " + proposal.capacity());
    }
    hours(frame, council, proposal.hoursPerMember());
  }

  /** Checks every proposal of a round (each submitted by its own council) and one per council. */
  public static void check(Frame frame, Proposals proposals) {
    Set<String> seen = new HashSet<>();
    for (DemandProposal proposal : proposals.consumers()) {
      check(frame, proposal.council(), proposal);
      once(seen, proposal.council());
    }
    for (ProductionProposal proposal : proposals.producers()) {
      check(frame, proposal.council(), proposal);
      once(seen, proposal.council());
    }
    dense(frame, "public", proposals.publicDemand(), "public demand");
  }

  /** Refuses a list of councils that names one twice (each proposes once a round). */
  public static void distinct(List<String> councils) {
    Set<String> seen = new HashSet<>();
    for (String council : councils) {
      once(seen, council);
    }
  }

  private static void once(Set<String> seen, String council) {
    if (!seen.add(council)) {
      throw new ProposalRefused(ProposalRefused.RULE_ONE_PROPOSAL, council, null,
          "a council makes one proposal a round");
    }
  }

  private static void own(String submittedBy, String council) {
    if (!council.equals(submittedBy)) {
      throw new ProposalRefused(ProposalRefused.RULE_OWN_COUNCIL, council, "council",
          "'" + submittedBy + "' may not propose for council '" + council + "'");
    }
  }

  private static void members(String council, int members) {
    if (members < 1) {
      throw new ProposalRefused(ProposalRefused.RULE_CONSISTENT, council, "members",
          "a council proposes for at least 1 member, not " + members);
    }
  }

  private static void dense(Frame frame, String council, double[] values, String what) {
    if (values.length != frame.productCount()) {
      throw new ProposalRefused(ProposalRefused.RULE_UNKNOWN_PRODUCT, council, what,
          values.length + " quantities for " + frame.productCount() + " products");
    }
    for (int i = 0; i < values.length; i++) {
      nonNegative(council, frame.products().get(i), values[i]);
    }
  }

  private static void nonNegative(String council, String field, double value) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      throw new ProposalRefused(ProposalRefused.RULE_NEGATIVE, council, field,
          "quantities are finite and ≥ 0, not " + value);
    }
  }

  private static void hours(Frame frame, String council, double hoursPerMember) {
    nonNegative(council, "hours", hoursPerMember);
    if (hoursPerMember > frame.maxHoursPerMember() * (1 + 1e-12)) {
      throw new ProposalRefused(ProposalRefused.RULE_HOURS, council, "hours",
          hoursPerMember + " hours per member, above the limit of " + frame.maxHoursPerMember());
    }
  }
}
