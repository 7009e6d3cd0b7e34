package org.serge.council.mandate;

import static org.serge.council.motion.Choice.YES;

import java.util.List;
import org.serge.council.AdmitMember;
import org.serge.council.CouncilKind;
import org.serge.council.CreateCouncil;
import org.serge.council.Electorate;
import org.serge.council.Times;
import org.serge.council.deliberation.Scene;

/**
 * Nested federations to elect, recall and amend in, on a clock the test moves:
 *
 * <pre>
 * uk (top-level federation)
 * ├── north (federation)
 * │   ├── rail  (workplace: ana bob cai dan eve fay)
 * │   └── docks (workplace: gus hal ivy)
 * ├── south (federation)
 * │   └── farm  (neighbourhood: jo kim lee)
 * └── post  (workplace: max ned)
 * </pre>
 *
 * zed is registered in no council. Mandates: one year, two consecutive terms, one at a time; a
 * recall petition needs a third of the council; amendments need two thirds of the assembly and
 * the ratification of two thirds of the member councils, who ratify by consensus minus one.
 */
public final class FederationScene {
  public static final String CONSTITUTION = """
      {"serge-constitution":1,"name":"Test Federation",
       "decisions":{"ordinary":{"quorum":"1/2","threshold":"majority","period":"P7D"},
                    "plan":{"quorum":"1/2","threshold":"2/3","period":"P14D"},
                    "election":{"quorum":"1/2","threshold":"majority","period":"P7D"},
                    "recall":{"quorum":"1/2","threshold":"majority","period":"P5D"},
                    "appeal":{"quorum":"1/2","threshold":"majority","period":"P3D"},
                    "constitutional":{"quorum":"2/3","threshold":"2/3","period":"P14D"},
                    "ratification":{"quorum":"1/2","threshold":"consensus-minus-1","period":"P7D"}},
       "mandates":{"term":"P1Y","consecutive-terms":2,"simultaneous":1},
       "recall":{"petition":"1/3"},
       "minority-reports":{"members":3},
       "moderation":{"moderators":"elected"},
       "amendment":{"ratification":"2/3"},
       "overridable":["decisions.ordinary","recall.petition","moderation.moderators"]}""";

  public static final List<String> RAIL = List.of("ana", "bob", "cai", "dan", "eve", "fay");

  private FederationScene() {}

  /** The federations and councils above, with their members. */
  public static Scene build() {
    Scene scene = new Scene(CONSTITUTION, List.of("ana", "bob", "cai", "dan", "eve", "fay", "gus", "hal", "ivy",
        "jo", "kim", "lee", "max", "ned", "zed"));
    scene.act("ana", new CreateCouncil("north", "Northern federation", CouncilKind.FEDERATION, "uk", null));
    council(scene, "rail", CouncilKind.WORKPLACE, "north", RAIL);
    council(scene, "docks", CouncilKind.WORKPLACE, "north", List.of("gus", "hal", "ivy"));
    scene.act("jo", new CreateCouncil("south", "Southern federation", CouncilKind.FEDERATION, "uk", null));
    council(scene, "farm", CouncilKind.NEIGHBOURHOOD, "south", List.of("jo", "kim", "lee"));
    council(scene, "post", CouncilKind.WORKPLACE, "uk", List.of("max", "ned"));
    return scene;
  }

  /** Creates a council whose founder is the first of {@code members}, who admits the others. */
  public static void council(Scene scene, String id, CouncilKind kind, String parent, List<String> members) {
    scene.act(members.getFirst(), new CreateCouncil(id, id, kind, parent, null));
    for (String m : members.subList(1, members.size())) {
      scene.act(members.getFirst(), new AdmitMember(id, m));
    }
  }

  /** Those who act in the council now. */
  public static List<String> electorate(Scene scene, String council) {
    return scene.read(p -> Electorate.at(p, council, Times.text(scene.clock.instant())));
  }

  /** The council elects {@code member} its delegate, everyone voting yes; returns the election's motion. */
  public static String elect(Scene scene, String council, String member) {
    List<String> voters = electorate(scene, council);
    String motion = scene.made(voters.getFirst(), new ElectDelegate(council, member, "Steady and fair."), "motion");
    scene.vote(motion, YES, voters.toArray(String[]::new));
    scene.close(voters.getFirst(), motion);
    return motion;
  }

  /** The id of the member's mandate in force, from the council. */
  public static String mandateOf(Scene scene, String council, String member) {
    return scene.read(p -> p.mandatesOf(member, Times.text(scene.clock.instant())).stream()
        .filter(m -> m.council().equals(council)).findFirst().orElseThrow().id());
  }

  /** Gives {@code uk} its assembly: rail and docks send ana and gus to north, which sends bob; farm sends jo to south, which sends kim; post sends max. */
  public static void assemblies(Scene scene) {
    elect(scene, "rail", "ana");
    elect(scene, "docks", "gus");
    elect(scene, "north", "bob");
    elect(scene, "farm", "jo");
    elect(scene, "south", "kim");
    elect(scene, "post", "max");
  }
}
