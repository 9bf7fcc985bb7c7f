#!/usr/bin/env bash
# Start the Search-QA retrieval server; builds the index first if it is missing.
#
#   bash examples/search/retriever/retrieval_launch.sh                      # BM25 over the shipped synthetic corpus
#   RETRIEVER=e5 RETRIEVER_MODEL=intfloat/e5-base-v2 DEVICE=cuda \
#     CORPUS=$HOME/data/wiki-18.jsonl INDEX=$HOME/data/wiki18_e5 bash examples/search/retriever/retrieval_launch.sh
#   # Search-R1's prebuilt wiki-18 e5 faiss file (cat part_aa part_ab > e5_Flat.index):
#   RETRIEVER=e5 RETRIEVER_MODEL=intfloat/e5-base-v2 CORPUS=$HOME/data/wiki-18.jsonl \
#     INDEX=$HOME/data/e5_Flat.index DEVICE=cuda bash examples/search/retriever/retrieval_launch.sh
#
# The env talks to http://$HOST:$PORT/retrieve (env.search.search_url). HOST defaults to 127.0.0.1;
# set HOST=0.0.0.0 only when trainers on other machines must reach this server.
set -euo pipefail
cd "$(dirname "$0")/../../.."

PYTHON=${PYTHON:-python}
RETRIEVER=${RETRIEVER:-bm25}                      # bm25 | e5 | bge | dense (any HF encoder)
CORPUS=${CORPUS:-agent_system/environments/env_package/search/data/corpus.jsonl}
INDEX=${INDEX:-indexes/search_${RETRIEVER}}
RETRIEVER_MODEL=${RETRIEVER_MODEL:-}
DEVICE=${DEVICE:-auto}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
TOPK=${TOPK:-3}

if [ "$RETRIEVER" = "bm25" ]; then BACKEND=bm25; else BACKEND=dense; fi
if [ "$BACKEND" = "dense" ] && [ -z "$RETRIEVER_MODEL" ]; then
  echo "RETRIEVER=$RETRIEVER needs RETRIEVER_MODEL (e.g. intfloat/e5-base-v2)" >&2; exit 2
fi
MODEL_ARGS=()
if [ -n "$RETRIEVER_MODEL" ]; then MODEL_ARGS=(--retriever_model "$RETRIEVER_MODEL"); fi

CLI=(-m agent_system.environments.env_package.search.retrieval)
if [ ! -f "$INDEX" ] && [ ! -f "$INDEX/index_meta.json" ]; then
  echo "building the $BACKEND index of $CORPUS into $INDEX"
  "$PYTHON" "${CLI[@]}" build-index --backend "$BACKEND" --corpus_path "$CORPUS" --index_path "$INDEX" \
    --device "$DEVICE" "${MODEL_ARGS[@]}"
fi
exec "$PYTHON" "${CLI[@]}" serve --index_path "$INDEX" --corpus_path "$CORPUS" --host "$HOST" --port "$PORT" \
  --topk "$TOPK" --device "$DEVICE" "${MODEL_ARGS[@]}"
