#!/bin/sh
# Entrypoint of the imstb image.
#   IMSTB_ROUTE_VIA  the lab router's address on this container's network: routes the lab's other networks through
#                    it (needs NET_ADMIN; the compose file adds it)
#   IMSTB_ROUTES     the prefixes to route that way, separated by spaces (default fd00::/8)
# Arguments: "idle" keeps the container up doing nothing (UEs: use it with `docker compose exec`); anything else is
# passed to imstb, e.g. node pcscf --config /lab/pcscf1.yaml. Java replaces this shell (exec), so it gets SIGTERM.
set -eu
if [ -n "${IMSTB_ROUTE_VIA:-}" ]; then
    for prefix in ${IMSTB_ROUTES:-fd00::/8}; do
        if ! out=$(ip -6 route add "$prefix" via "$IMSTB_ROUTE_VIA" 2>&1); then
            case "$out" in
                *"File exists"*) ;;
                *) echo "imstb-entrypoint: ip -6 route add $prefix via $IMSTB_ROUTE_VIA: $out" >&2; exit 1 ;;
            esac
        fi
    done
fi
if [ "${1:-}" = "idle" ]; then
    exec sleep infinity
fi
exec /usr/local/bin/imstb "$@"
