#!/usr/bin/env bash
# Plenary from the command line: converts documents (text in the UN layout, .docx, .pdf; no server needed) and
# runs replays:
#   ./plenary-cli.sh parse FILE                                    structured document as JSON
#   ./plenary-cli.sh render FILE --format text|html|akn|docx|pdf   the document in that format (docx and pdf as
#                                                                  bytes: redirect to a file)
#   ./plenary-cli.sh replay [--query-url URL] [--token T]  rebuild a query app's projections, with a progress bar
# Builds the local jar first when it is missing or older than the sources (build output goes to stderr,
# so stdout is only the document). PLENARY_TARGET picks the build folder (default: target).
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
target="${PLENARY_TARGET:-target}"
jar="$root/local/$target/plenary-local-0.1.0-SNAPSHOT-exec.jar"

if [ ! -f "$jar" ] || [ -n "$(find "$root"/pom.xml "$root"/*/pom.xml "$root"/*/src/main -newer "$jar" -print -quit)" ]; then
  (cd "$root" && mvn -q -B -ntp -Dplenary.target="$target" -pl local -am package -DskipTests) >&2
fi
exec java -cp "$jar" -Dloader.main=org.plenary.local.cli.PlenaryCli \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
