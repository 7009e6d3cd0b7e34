package org.serge.council.deliberation;

import java.time.Instant;
import java.util.List;
import org.serge.council.Action;
import org.serge.council.Actor;
import org.serge.council.Articles;
import org.serge.council.Fact;
import org.serge.council.Polity;
import org.serge.council.Refused;

/** Its author withdraws a pending amendment. It stays in the record, marked withdrawn. */
public record WithdrawAmendment(String amendment) implements Action {
  public List<Fact> decide(Polity polity, Actor actor, Instant now) {
    Amendment a = Deliberation.amendment(polity, amendment);
    if (actor.isInstance()) {
      throw new Refused(Articles.INSTANCE, "the instance withdraws no amendment");
    }
    if (!actor.memberId().equals(a.author())) {
      throw new Refused(Articles.AUTHORS, actor.memberId() + " cannot withdraw " + a.id() + ": its author, "
          + a.author() + ", does");
    }
    if (!a.isPending()) {
      throw new Refused(Articles.DEBATE, a.id() + " is " + a.status() + ", no longer pending");
    }
    return List.of(new AmendmentWithdrawn(a.council(), a.id()));
  }
}
