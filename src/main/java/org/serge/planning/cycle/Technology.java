package org.serge.planning.cycle;

import java.util.List;
import org.serge.planning.model.InputOutputSystem;

/**
 * The technology the producer councils' proposals state, per product: inputs, hours and
 * resources per unit of output, each the output-weighted mean over the councils making the
 * product (the totals divided by the total output). Dense: the cycle plans over a few
 * hundred products at most, however many councils propose. Immutable.
 *
 * @param inputs inputs[i][j]: units of product i used per unit of product j
 * @param labour hours per unit of each product
 * @param resources resources[k][j]: units of resource k used per unit of product j
 * @param output total output of each product; where it is 0 the coefficients are 0 too
 */
public record Technology(double[][] inputs, double[] labour, double[][] resources, double[] output) {

  /** The technology of a round's production proposals, summed in their list order. */
  public static Technology of(Frame frame, List<ProductionProposal> producers) {
    int n = frame.productCount();
    double[][] inputs = new double[n][n];
    double[] labour = new double[n];
    double[][] resources = new double[frame.resourceCount()][n];
    double[] output = new double[n];
    for (ProductionProposal proposal : producers) {
      int j = proposal.product();
      output[j] += proposal.output();
      labour[j] += proposal.hours();
      double[] used = proposal.inputs();
      for (int i = 0; i < n; i++) {
        inputs[i][j] += used[i];
      }
      for (int k = 0; k < resources.length; k++) {
        resources[k][j] += proposal.resourceUse()[k];
      }
    }
    for (int j = 0; j < n; j++) {
      double scale = output[j] > 0 ? 1 / output[j] : 0;
      labour[j] *= scale;
      for (int i = 0; i < n; i++) {
        inputs[i][j] *= scale;
      }
      for (double[] use : resources) {
        use[j] *= scale;
      }
    }
    return new Technology(inputs, labour, resources, output);
  }

  /** The square input-output system of this technology, for Leontief solves. */
  public InputOutputSystem system() {
    return InputOutputSystem.ofDense(inputs, labour);
  }

  /** Whether some council makes product j. */
  public boolean makes(int j) {
    return output[j] > 0;
  }
}
