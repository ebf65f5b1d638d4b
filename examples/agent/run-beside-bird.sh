#!/bin/sh
# Runs BIRD and the calico-bgp agent side by side on one node, as calico-node runs BIRD and confd.
#
#   NODENAME=node-a ETCD_ENDPOINTS=http://10.99.0.100:2379 ./run-beside-bird.sh
#
# BIRD starts on an empty configuration (a router id and nothing else, as before confd's first
# write); the agent waits until it has read the whole datastore, writes the node's six files into
# $CONFIG_DIR, checks them with `bird -p` first, and tells BIRD to reload with birdc. Stop with
# Ctrl-C or SIGTERM: both processes stop.
set -eu

: "${NODENAME:?set NODENAME to this node's Calico Node name}"
: "${ETCD_ENDPOINTS:=http://127.0.0.1:2379}"
CONFIG_DIR=${CONFIG_DIR:-/etc/calico/confd/config}
SOCKET=${SOCKET:-/var/run/calico/bird.ctl}
ROUTER_ID=${ROUTER_ID:?set ROUTER_ID to this node's IPv4 address}
CALICO_BGP=${CALICO_BGP:-calico-bgp}

mkdir -p "$CONFIG_DIR" "$(dirname "$SOCKET")"
if [ ! -e "$CONFIG_DIR/bird.cfg" ]; then
  printf 'router id %s;\nprotocol device {}\n' "$ROUTER_ID" > "$CONFIG_DIR/bird.cfg"
fi

# BIRD resolves Calico's `include "bird_ipam.cfg";` against its working directory.
cd "$CONFIG_DIR"
bird -f -c bird.cfg -s "$SOCKET" &
bird_pid=$!
trap 'kill "$agent_pid" 2>/dev/null; wait "$agent_pid"; kill "$bird_pid"; wait "$bird_pid"' INT TERM

NODENAME="$NODENAME" DATASTORE_TYPE=etcdv3 ETCD_ENDPOINTS="$ETCD_ENDPOINTS" \
  "$CALICO_BGP" agent \
    --config-dir "$CONFIG_DIR" \
    --check6-cmd '' --reload6-cmd '' \
    --reload-cmd "birdc -s $SOCKET configure" \
    --listen 127.0.0.1:9098 &
agent_pid=$!
wait "$agent_pid"
