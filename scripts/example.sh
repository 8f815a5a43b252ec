#!/usr/bin/env bash
# The example report end to end: installs what the PDF needs, builds, makes demo data,
# and writes examples/out/monthly-support.{html,pdf,json}.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
dotnet build src/ReportBuilder.Cli -c Release -v quiet -nologo
cli=(dotnet src/ReportBuilder.Cli/bin/Release/net10.0/"$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"/reportbuilder.dll)
"${cli[@]}" demo-data --out examples/support.db --tickets 20000 --months 14
"${cli[@]}" run examples/monthly-support.yaml "$@"
