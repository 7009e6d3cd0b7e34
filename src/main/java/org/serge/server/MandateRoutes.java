package org.serge.server;

import static org.serge.server.Routes.act;
import static org.serge.server.Schemas.object;
import static org.serge.server.Schemas.string;

import java.util.List;

/**
 * The routes of delegates' mandates, recall and the constitution — what {@code serge delegate},
 * {@code serge recall} and {@code serge constitution} submit. Part of {@link Routes#all()}.
 */
final class MandateRoutes {
  private MandateRoutes() {}

  static List<Route> all() {
    return List.of(
        act("/api/councils/{council}/delegates", "electDelegate", "Move that the council elect a member its"
            + " delegate to its federation's assembly (ElectDelegate)",
            object().req("member", string()).opt("statement", string()).closed(),
            "{'member':'cai','statement':'I will report back.'}", MandateApi::electDelegate),
        act("/api/resignations", "resignMandate", "Resign my mandate (Resign)", object().req("mandate", string())
            .closed(), "{'mandate':'uk/rail/cai/40'}", MandateApi::resign),
        act("/api/recall-petitions", "petitionRecall", "Start a petition to recall the delegate holding the"
            + " mandate (PetitionRecall)", object().req("mandate", string()).req("grounds", string()).closed(),
            "{'mandate':'uk/rail/cai/40','grounds':'Voted against our mandate.'}", MandateApi::petitionRecall),
        act("/api/recall-petitions/{petition}/signatures", "signRecall", "Sign a recall petition (SignRecall)",
            null, null, MandateApi::signRecall),
        act("/api/recalls", "moveRecall", "Move the council's vote to recall the delegate holding the mandate"
            + " (MoveRecall)", object().req("mandate", string()).req("grounds", string()).closed(),
            "{'mandate':'uk/rail/cai/40','grounds':'Voted against our mandate.'}",
            MandateApi::moveRecall),
        act("/api/councils/{council}/constitution/amendments", "amendConstitution", "Move, as a delegate in a"
            + " top-level federation's assembly, that its constitution be replaced by this one (AmendConstitution)",
            object().req("title", string()).req("constitution", object().open()).closed(),
            "{'title':'Shorter terms','constitution':{'name':'UK federation'}}", MandateApi::amendConstitution),
        act("/api/councils/{council}/ratifications", "ratifyAmendment", "Move that the council ratify an"
            + " amendment adopted by its federation's assembly (Ratify)",
            object().req("amendment", string()).opt("statement", string()).closed(),
            "{'amendment':'ca-120','statement':'Agreed.'}", MandateApi::ratify),
        act("/api/councils/{council}/rules", "setOwnRules", "Move that the council set for itself rules its"
            + " federation lets it override; null goes back to the inherited rule (SetOwnRules)",
            object().req("title", string()).req("rules", object().open()).closed(),
            "{'title':'Easier recall','rules':{'recall':{'petition':'1/3'}}}", MandateApi::setOwnRules));
  }
}
