# Sourced by build.sh: `./build.sh test` and the private servers it needs.
# shellcheck shell=bash

apt_packages_needed() {
  local needed=()
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || needed+=(postgresql)
  [[ -x /usr/bin/chromium ]] || needed+=(chromium)
  /usr/bin/python3 -c "import aiosmtpd" 2>/dev/null || needed+=(python3-aiosmtpd)
  fc-list 2>/dev/null | grep -qi dejavu || needed+=(fonts-dejavu-core)
  command -v npm >/dev/null 2>&1 || needed+=(npm)
  printf '%s\n' "${needed[@]}"
}

install_missing_packages() {
  local needed
  mapfile -t needed < <(apt_packages_needed)
  if ((${#needed[@]} == 0)); then return; fi
  log "Installing with apt: ${needed[*]}"
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
}

# The OMG BPMN 2.0 schemas the BPMN export is validated against, from the npm package that ships them; cached.
BPMN_XSD_PACKAGE="bpmn-moddle@10.3.1"

fetch_bpmn_schemas() {
  local dir="$ROOT/.cache/bpmn-xsd"
  if [[ ! -f "$dir/BPMN20.xsd" ]]; then
    log "Fetching the BPMN 2.0 schemas ($BPMN_XSD_PACKAGE)"
    local work
    work="$(mktemp -d /tmp/practicenetwork-bpmn.XXXXXX)"
    (cd "$work" && npm pack --silent "$BPMN_XSD_PACKAGE" >/dev/null)
    tar -xzf "$work"/bpmn-moddle-*.tgz -C "$work" package/resources/bpmn/xsd
    mkdir -p "$dir"
    cp "$work"/package/resources/bpmn/xsd/*.xsd "$dir/"
    rm -rf "$work"
  fi
  export PN_BPMN_XSD_DIR="$dir"
}

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin
  bin="$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -n 1)")"
  PG_DIR="$(mktemp -d /tmp/practicenetwork-pg.XXXXXX)"
  PG_PORT="$(free_port)"
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$PG_DIR"
  as_postgres "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1
  as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  PG_BIN="$bin"
  export PN_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Include Error Detail=true"
  log "PostgreSQL on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  if [[ -n "${PG_DIR:-}" && -d "$PG_DIR/data" ]]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

start_smtp() {
  SMTP_DIR="$(mktemp -d /tmp/practicenetwork-smtp.XXXXXX)"
  SMTP_PORT="$(free_port)"
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$SMTP_DIR/Maildir" \
    >"$SMTP_DIR/smtp.log" 2>&1 &
  SMTP_PID=$!
  for _ in $(seq 1 50); do
    if /usr/bin/python3 -c "import socket; socket.create_connection(('127.0.0.1', $SMTP_PORT), 1)" 2>/dev/null; then break; fi
    sleep 0.2
  done
  export PN_TEST_SMTP="127.0.0.1:$SMTP_PORT" PN_TEST_MAILDIR="$SMTP_DIR/Maildir"
  log "SMTP (aiosmtpd) on 127.0.0.1:$SMTP_PORT, mail in $SMTP_DIR/Maildir"
}

stop_smtp() {
  if [[ -n "${SMTP_PID:-}" ]]; then
    kill "$SMTP_PID" 2>/dev/null || true
    wait "$SMTP_PID" 2>/dev/null || true
  fi
  if [[ -n "${SMTP_DIR:-}" ]]; then rm -rf "$SMTP_DIR"; fi
  return 0
}

# Runs one test project; appends its totals to the RESULTS file. Extra args become environment assignments.
run_test_project() {
  local label="$1" project="$2"; shift 2
  local out="$TEST_OUT/$label.log" status=0
  log "Tests: $label"
  env "$@" dotnet test --project "$project" --no-build -c Release --no-progress --output Detailed >"$out" 2>&1 || status=$?
  # Name the failing and skipped tests (with their reasons) in the build log.
  grep -E -A12 '^(failed|skipped) ' "$out" | head -n 200 >&2 || true
  local total failed succeeded skipped
  total="$(sed -nE 's/^\s*total: ([0-9]+).*/\1/p' "$out" | tail -n 1)"
  failed="$(sed -nE 's/^\s*failed: ([0-9]+).*/\1/p' "$out" | tail -n 1)"
  succeeded="$(sed -nE 's/^\s*succeeded: ([0-9]+).*/\1/p' "$out" | tail -n 1)"
  skipped="$(sed -nE 's/^\s*skipped: ([0-9]+).*/\1/p' "$out" | tail -n 1)"
  if [[ -z "$total" ]]; then
    echo "  $label: the test run did not finish (exit $status); last lines:" >&2
    tail -n 30 "$out" >&2
    echo "0 0 0 1" >>"$RESULTS"
    return
  fi
  echo "  $label: ${succeeded:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped" >&2
  if [[ $status -ne 0 && "${failed:-0}" -eq 0 ]]; then failed=1; fi
  echo "${succeeded:-0} ${failed:-0} ${skipped:-0} 0" >>"$RESULTS"
}

cleanup_test_servers() {
  local status=$?
  set +e
  stop_smtp
  stop_postgres
  exit "$status"
}

cmd_test() {
  require_dotnet
  install_missing_packages
  TEST_OUT="$ROOT/artifacts/test-results"
  rm -rf "$TEST_OUT"; mkdir -p "$TEST_OUT"
  RESULTS="$TEST_OUT/totals.txt"; : >"$RESULTS"
  trap cleanup_test_servers EXIT

  log "Building (Release)"
  dotnet build PracticeNetwork.sln -c Release -nologo -v q -clp:ErrorsOnly

  start_postgres
  start_smtp
  fetch_bpmn_schemas

  local common=(PN_TEST_REQUIRE_SERVERS=1 PN_CHROMIUM=/usr/bin/chromium)
  run_test_project unit tests/PracticeNetwork.UnitTests/PracticeNetwork.UnitTests.csproj "${common[@]}"
  run_test_project architecture tests/PracticeNetwork.ArchitectureTests/PracticeNetwork.ArchitectureTests.csproj "${common[@]}"
  run_test_project integration-sqlite tests/PracticeNetwork.IntegrationTests/PracticeNetwork.IntegrationTests.csproj \
    "${common[@]}" PN_TEST_DATABASE=Sqlite
  run_test_project integration-postgresql tests/PracticeNetwork.IntegrationTests/PracticeNetwork.IntegrationTests.csproj \
    "${common[@]}" PN_TEST_DATABASE=PostgreSql
  run_test_project end-to-end tests/PracticeNetwork.EndToEndTests/PracticeNetwork.EndToEndTests.csproj "${common[@]}"

  local passed=0 failed=0 skipped=0 broken=0 p f s b
  while read -r p f s b; do
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s)); broken=$((broken + b))
  done <"$RESULTS"
  failed=$((failed + broken))
  echo
  echo "$passed passed, $failed failed, $skipped skipped"
  if ((failed > 0 || skipped > 0)); then
    ((skipped > 0)) && echo "Under ./build.sh test no test may skip." >&2
    return 1
  fi
}
