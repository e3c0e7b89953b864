#!/usr/bin/env bash
# PracticeNetwork build script.
#   ./build.sh run                      run the app on the embedded default (SQLite, in-process jobs, demo data)
#   ./build.sh test                     install what is missing, start PostgreSQL and SMTP on loopback, run every test
#   ./build.sh migrations add <Name>    add a migration for every module on all three database providers
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

HOST_PROJECT="src/PracticeNetwork.Host/PracticeNetwork.Host.csproj"
PROVIDERS=(Sqlite SqlServer PostgreSql)
# Module DbContexts and the folder their migrations live in, inside each provider's migrations project.
CONTEXTS=("TenancyDbContext:Tenancy" "AccountsDbContext:Identity" "PracticesDbContext:Practices" "ProjectsDbContext:Projects" "ProcessesDbContext:Processes" "NotificationsDbContext:Notifications")

log() { printf '\n==> %s\n' "$*" >&2; }

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required (https://dotnet.microsoft.com/download). It is not on PATH." >&2
    exit 1
  fi
}

cmd_run() {
  require_dotnet
  log "Starting PracticeNetwork on the embedded default (data in $ROOT/data)"
  exec dotnet run --project "$HOST_PROJECT" --launch-profile PracticeNetwork -- \
    --Storage:DataFolder="$ROOT/data" "$@"
}

cmd_migrations() {
  require_dotnet
  local verb="${1:-}" name="${2:-}"
  if [[ "$verb" != "add" || -z "$name" ]]; then
    echo "usage: ./build.sh migrations add <Name>" >&2
    exit 2
  fi
  dotnet tool restore >/dev/null
  dotnet build "$HOST_PROJECT" -nologo -v q
  local provider entry context folder project
  for provider in "${PROVIDERS[@]}"; do
    project="src/Migrations/PracticeNetwork.Migrations.$provider/PracticeNetwork.Migrations.$provider.csproj"
    for entry in "${CONTEXTS[@]}"; do
      context="${entry%%:*}"; folder="${entry##*:}"
      if dotnet ef migrations has-pending-model-changes --no-build --context "$context" --project "$project" \
        --startup-project "$project" >/dev/null 2>&1; then
        log "No model changes for $context on $provider"
        continue
      fi
      log "Adding migration $name for $context on $provider"
      dotnet ef migrations add "$name" --no-build --context "$context" --project "$project" \
        --startup-project "$project" --output-dir "Migrations/$folder"
      # dotnet ef needs the project built after each generated migration.
      dotnet build "$project" -nologo -v q >/dev/null
    done
  done
}

source "$ROOT/.ci/test-servers.sh"

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  migrations) shift; cmd_migrations "$@" ;;
  *) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
