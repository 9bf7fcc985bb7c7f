"""Command line of the retrieval server.

    python -m agent_system.environments.env_package.search.retrieval build-index \\
        --backend bm25 --corpus_path corpus.jsonl --index_path indexes/bm25
    python -m agent_system.environments.env_package.search.retrieval serve \\
        --index_path indexes/bm25 [--corpus_path corpus.jsonl] [--host 127.0.0.1] [--port 8000]

Dense: `build-index --backend dense --retriever_model intfloat/e5-base-v2 --device cuda`, then
`serve --index_path <dir>`; or serve Search-R1's prebuilt faiss file with
`serve --index_path e5_Flat.index --corpus_path wiki-18.jsonl --retriever_model intfloat/e5-base-v2`.
The server binds 127.0.0.1 unless --host says otherwise (0.0.0.0 exposes it to the network).
"""
from __future__ import annotations

import argparse
import logging
import sys

from .server import DEFAULT_HOST


def _encoder_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--retriever_model", default=None, help="HF model path or id (dense backend)")
    parser.add_argument("--pooling", choices=["mean", "cls"], default=None, help="default: from the model name")
    parser.add_argument("--query_prefix", default=None, help='default: "query: " for e5, the bge instruction, else ""')
    parser.add_argument("--passage_prefix", default=None, help='default: "passage: " for e5, else ""')
    parser.add_argument("--max_length", type=int, default=None, help="encoder max tokens (default 256)")
    parser.add_argument("--device", default="auto", help="cpu, cuda, cuda:1 or auto")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m agent_system.environments.env_package.search.retrieval",
                                     description="Build retrieval indexes and serve them over HTTP.")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build-index", help="index a jsonl corpus into a directory")
    build.add_argument("--corpus_path", required=True)
    build.add_argument("--index_path", required=True, help="output directory")
    build.add_argument("--backend", choices=["bm25", "dense"], default="bm25")
    build.add_argument("--batch_size", type=int, default=64, help="passages per encoder batch (dense)")
    _encoder_args(build)

    serve = commands.add_parser("serve", help="serve an index over HTTP")
    serve.add_argument("--index_path", required=True, help="a build-index directory or a faiss .index file")
    serve.add_argument("--corpus_path", default=None, help="default: the corpus the index was built from")
    serve.add_argument("--host", default=DEFAULT_HOST)
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--topk", type=int, default=3, help="passages per query when a request gives no topk")
    serve.add_argument("--max_topk", type=int, default=100)
    serve.add_argument("--max_batch", type=int, default=1024, help="largest accepted batch of queries")
    serve.add_argument("--search_backend", choices=["auto", "faiss", "torch"], default="auto",
                       help="dense search: faiss, or torch matmul (the GPU path when faiss is the CPU build)")
    serve.add_argument("--faiss_gpu", action="store_true", help="same as --device cuda (reference flag)")
    _encoder_args(serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    encoder = {"pooling": args.pooling, "query_prefix": args.query_prefix, "passage_prefix": args.passage_prefix}

    if args.command == "build-index":
        from .index import build_index

        index_dir = build_index(args.corpus_path, args.index_path, backend=args.backend,
                                retriever_model=args.retriever_model, max_length=args.max_length or 256,
                                batch_size=args.batch_size, device=args.device, **encoder)
        print(f"index written to {index_dir}", flush=True)
        return 0

    import uvicorn

    from .index import load_retriever
    from .server import create_app

    device = "cuda" if args.faiss_gpu else args.device
    retriever, corpus = load_retriever(args.index_path, corpus_path=args.corpus_path, device=device,
                                       search_backend=args.search_backend, retriever_model=args.retriever_model,
                                       max_length=args.max_length, **encoder)
    app = create_app(retriever, corpus, default_topk=args.topk, max_topk=args.max_topk, max_batch=args.max_batch)
    print(f"serving {retriever.backend} over {len(corpus)} passages at http://{args.host}:{args.port}/retrieve",
          flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
