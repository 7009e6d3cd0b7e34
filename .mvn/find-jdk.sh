# Sourced by ./mvnw and ./serge: point JAVA_HOME at a JDK 25 or newer so that a
# newcomer needs no setup. Keeps a JAVA_HOME that is already new enough; else takes
# the newest JDK >= 25 under /usr/lib/jvm.
serge_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
serge_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] \
     && [ "$(serge_java_major "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
    return 0
  fi
  for candidate in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    if [ -x "$candidate/bin/javac" ] && [ "$(serge_java_major "$candidate")" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "serge: no JDK 25 or newer found: set JAVA_HOME, or install one under /usr/lib/jvm" >&2
  return 1
}
serge_find_jdk || exit 1
