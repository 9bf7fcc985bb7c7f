"""Log-prob throughput of the FSDP actor: padded forward vs padding-free (remove-padding) forward.

Runs the real worker (ActorRolloutRefWorker, role "actor", one in-process rank) on a batch with a
realistic length spread: prompts of 200-2000 tokens left-padded, responses of 20-512 tokens
right-padded. Both modes run on the same batch in the same process; the log-probs they return are
compared too. Prints one JSON line per measurement:
    {"bench": "logprob_throughput", "config": {...}, "metric": ..., "value": ..., "unit": ...}

    python benchmarks/logprob_throughput.py                                  # tiny model, CPU
    python benchmarks/logprob_throughput.py --model-preset qwen2.5-1.5b --device cuda --batch-size 64

tokens/s counts real (unpadded) prompt + response tokens in both modes, so the ratio is the speed-up.
"""
from __future__ import annotations

import argparse
import functools
import pathlib
import sys
import tempfile
import time

import torch

REPO_ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
from bench_output import emit_line  # noqa: E402


emit = functools.partial(emit_line, "logprob_throughput")


def parse_args(argv=None):
    from verl.utils.tiny_model import PRESETS

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model-preset", choices=sorted(PRESETS), default=None,
                        help="Qwen2.5 shape with random weights (default: the tiny test model)")
    parser.add_argument("--model-path", default=None, help="an existing HF model folder instead of a preset")
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--batch-size", type=int, default=None, help="samples (default 64 on cuda, 8 on cpu)")
    parser.add_argument("--micro-batch-size", type=int, default=None, help="log_prob_micro_batch_size_per_gpu")
    parser.add_argument("--prompt-range", type=int, nargs=2, default=[200, 2000])
    parser.add_argument("--response-range", type=int, nargs=2, default=[20, 512])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--attn-implementation", default=None, help="HF attention (default: flash_attention_2 "
                        "on cuda when flash-attn is installed, else sdpa)")
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args(argv)


def build_model(args, workdir: pathlib.Path) -> pathlib.Path:
    if args.model_path:
        return pathlib.Path(args.model_path)
    from verl.utils.tiny_model import build_tiny_model

    kwargs = {"preset": args.model_preset, "dtype": "bfloat16"} if args.model_preset else {}
    return build_tiny_model(workdir / (args.model_preset or "tiny"), seed=args.seed, **kwargs)


def make_batch(vocab_size: int, batch_size: int, prompt_range, response_range, seed: int):
    from verl.protocol import DataProto
    from verl.utils.torch_functional import compute_position_id_with_mask

    gen = torch.Generator().manual_seed(seed)
    prompt_lens = torch.randint(prompt_range[0], prompt_range[1] + 1, (batch_size,), generator=gen)
    response_lens = torch.randint(response_range[0], response_range[1] + 1, (batch_size,), generator=gen)
    p, r = int(prompt_range[1]), int(response_range[1])
    prompt_mask = (torch.arange(p).unsqueeze(0) >= (p - prompt_lens).unsqueeze(1)).long()
    response_mask = (torch.arange(r).unsqueeze(0) < response_lens.unsqueeze(1)).long()
    prompts = torch.randint(10, vocab_size, (batch_size, p), generator=gen) * prompt_mask
    responses = torch.randint(10, vocab_size, (batch_size, r), generator=gen) * response_mask
    attention_mask = torch.cat([prompt_mask, response_mask], -1)
    return DataProto.from_dict({
        "input_ids": torch.cat([prompts, responses], -1), "attention_mask": attention_mask,
        "position_ids": compute_position_id_with_mask(attention_mask), "responses": responses,
        "response_mask": response_mask,
    })


def main(argv=None) -> None:
    from omegaconf import OmegaConf

    from verl.utils.device import synchronize
    from verl.workers.fsdp_workers import ActorRolloutRefWorker
    from verl.workers.worker_group import LocalWorkerGroup

    args = parse_args(argv)
    batch_size = args.batch_size or (64 if args.device == "cuda" else 8)
    micro = args.micro_batch_size or (16 if args.device == "cuda" else 4)
    with tempfile.TemporaryDirectory(prefix="logprob_bench_") as tmp:
        model_dir = build_model(args, pathlib.Path(tmp))
        cfg = OmegaConf.load(REPO_ROOT / "verl/trainer/config/ppo_trainer.yaml")
        for key, value in {"actor_rollout_ref.model.path": str(model_dir), "trainer.device": args.device,
                           "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu": micro,
                           "actor_rollout_ref.model.attn_implementation": args.attn_implementation}.items():
            OmegaConf.update(cfg, key, value, force_add=True)
        group = LocalWorkerGroup(ActorRolloutRefWorker, cfg, role="actor")
        group.init_model()
        worker = group.worker
        vocab = worker.actor_module.config.vocab_size
        data = make_batch(vocab, batch_size, args.prompt_range, args.response_range, args.seed)
        real_tokens = int(data.batch["attention_mask"].sum())
        padded_tokens = int(data.batch["attention_mask"].numel())
        config = {"model": args.model_path or args.model_preset or "tiny", "device": args.device,
                  "batch_size": batch_size, "micro_batch_size": micro, "prompt_range": args.prompt_range,
                  "response_range": args.response_range, "real_tokens": real_tokens, "padded_tokens": padded_tokens}
        results, outputs = {}, {}
        for mode, remove_padding in (("padded", False), ("remove_padding", True)):
            worker.actor.use_remove_padding = remove_padding
            # Our varlen attention serves packed batches only; the padded forward runs SDPA with a mask.
            attn = worker.actor.attn_implementation
            config["attn_implementation"] = "sdpa" if (not remove_padding and attn == "sdar_varlen") else attn
            outputs[mode] = group.compute_log_prob(data.copy()).batch["old_log_probs"]  # warm-up
            synchronize(args.device)
            times = []
            for _ in range(args.repeats):
                start = time.perf_counter()
                group.compute_log_prob(data.copy())
                synchronize(args.device)
                times.append(time.perf_counter() - start)
            best = min(times)
            results[mode] = real_tokens / best
            emit({**config, "mode": mode}, "tokens_per_s", round(results[mode], 1), "tokens/s")
            emit({**config, "mode": mode}, "seconds_per_batch", round(best, 4), "s")
            if args.device == "cuda":
                emit({**config, "mode": mode}, "peak_memory", round(torch.cuda.max_memory_allocated() / 2**30, 2),
                     "GiB")
                torch.cuda.reset_peak_memory_stats()
        config.pop("attn_implementation")
        emit(config, "speedup_remove_padding", round(results["remove_padding"] / results["padded"], 3), "x")
        mask = data.batch["response_mask"].bool()
        diff = (outputs["padded"] - outputs["remove_padding"])[mask].abs()
        emit(config, "max_abs_logprob_diff", float(diff.max()), "nats")
        emit(config, "mean_abs_logprob_diff", float(diff.mean()), "nats")
        group.shutdown()


if __name__ == "__main__":
    main()
