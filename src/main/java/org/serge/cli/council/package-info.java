/**
 * The governing commands: {@code serge init}, {@code council}, {@code member}, {@code propose},
 * {@code amend}, {@code vote}, {@code decide}, {@code minority-report}, {@code hide}, {@code appeal}
 * and the rest. Each builds one action of {@code org.serge.council}, submits it to the public
 * record opened by {@link org.serge.cli.RecordOptions} as the member named by {@code --as}, and
 * prints what was recorded. No rule is checked here: the core checks every action under the
 * constitution, and a refusal exits with code 3 naming the rule.
 */
package org.serge.cli.council;
