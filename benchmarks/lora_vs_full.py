"""Full fine-tuning vs LoRA on the same model: trainable parameters, optimizer-state bytes, reference-model
bytes, PPO update time and rollout weight-sync time, measured in one process.

    python benchmarks/lora_vs_full.py                                   # small random model, CPU
    python benchmarks/lora_vs_full.py --preset qwen2.5-0.5b --device cuda --lora-rank 64 --reps 5
    python benchmarks/lora_vs_full.py --rollout vllm                    # sync into a vLLM engine instead

Each side builds one ActorRolloutRefWorker (one local rank, HF rollout engine) on the same random-weight
model and runs `update_actor` on the same synthetic PPO batch --reps times after one warm-up update,
the two sides interleaved (A B B A ...) so load from other processes hits both alike;
update_actor includes the weight sync (LoRA: merged W + (alpha/r) B A streamed into the engine), which is
also timed on its own. Prints one JSON line per measurement and the LoRA / full ratio of each.
"""
from __future__ import annotations

import argparse
import functools
import os
import pathlib
import statistics
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tests" / "workers"))
from bench_output import emit_line  # noqa: E402
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class Side:
    """One worker (full or LoRA) on the model, with its batch prepared and one warm-up update done."""

    def __init__(self, model_dir, args, lora_rank: int):
        from worker_testlib import synthetic_batch, worker_config

        from verl.workers.fsdp_workers import ActorRolloutRefWorker
        from verl.workers.worker_group import LocalWorkerGroup

        overrides = {"trainer.device": args.device, "actor_rollout_ref.model.lora_rank": lora_rank,
                     "actor_rollout_ref.model.lora_alpha": 2 * max(lora_rank, 1),
                     "actor_rollout_ref.actor.ppo_mini_batch_size": args.batch,
                     "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu": args.batch,
                     "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu": args.batch,
                     "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu": args.batch,
                     "actor_rollout_ref.rollout.name": args.rollout, "actor_rollout_ref.rollout.enforce_eager": True,
                     "actor_rollout_ref.rollout.prompt_length": args.prompt_length}
        self.group = LocalWorkerGroup(ActorRolloutRefWorker, worker_config(model_dir, **overrides))
        self.group.init_model()
        self.worker = self.group.worker
        vocab = self.worker.actor_module.config.vocab_size
        self.batch = synthetic_batch(vocab, n=args.batch, prompt_length=args.prompt_length, response_length=8, seed=0)
        self.batch.union(self.group.compute_log_prob(self.batch))
        self.batch.batch["ref_log_prob"] = self.group.compute_ref_log_prob(self.batch).batch["ref_log_prob"]
        self.group.update_actor(self.batch.copy())  # warm-up: allocates the Adam state
        self.updates: list[float] = []
        self.syncs: list[float] = []

    def _timed(self, fn) -> float:
        import torch

        cuda = self.worker.device.type == "cuda"
        if cuda:
            torch.cuda.synchronize()
        start = time.perf_counter()
        fn()
        if cuda:
            torch.cuda.synchronize()
        return time.perf_counter() - start

    def rep(self) -> None:
        self.updates.append(self._timed(lambda: self.group.update_actor(self.batch.copy())))
        self.syncs.append(self._timed(self.worker.sync_rollout_weights))

    def result(self) -> dict[str, float]:
        import torch

        worker = self.worker
        optim_bytes = sum(t.numel() * t.element_size() for state in worker.optimizer.state.values()
                          for t in state.values() if torch.is_tensor(t) and t.dim() > 0)
        ref = worker.ref_module
        return {
            "trainable_params": sum(p.numel() for g in worker.optimizer.param_groups for p in g["params"]),
            "total_params": sum(p.numel() for p in worker.actor_module.parameters()),
            "optimizer_state_bytes": optim_bytes,
            "reference_model_bytes": 0 if ref is None else sum(p.numel() * p.element_size() for p in ref.parameters()),
            "update_actor_s": statistics.median(self.updates),
            "weight_sync_s": statistics.median(self.syncs),
        }


UNITS = {"trainable_params": "params", "total_params": "params", "optimizer_state_bytes": "bytes",
         "reference_model_bytes": "bytes", "update_actor_s": "s", "weight_sync_s": "s"}


emit = functools.partial(emit_line, "lora_vs_full")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    parser.add_argument("--preset", default=None, help="e.g. qwen2.5-0.5b (default: 4 layers, hidden 256)")
    parser.add_argument("--lora-rank", type=int, default=16)
    parser.add_argument("--batch", type=int, default=8, help="samples per update (one micro-batch)")
    parser.add_argument("--prompt-length", type=int, default=64)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--rollout", default="hf", choices=["hf", "vllm"], help="engine that receives the weights")
    args = parser.parse_args()

    from verl.utils.tiny_model import build_tiny_model

    with tempfile.TemporaryDirectory() as tmp:
        shape = dict(preset=args.preset) if args.preset else dict(hidden_size=256, num_layers=4, num_heads=4,
                                                                  num_kv_heads=2, intermediate_size=1024)
        model_dir = build_tiny_model(pathlib.Path(tmp) / "model", seed=0, **shape)
        config = {"device": args.device, "preset": args.preset or "small-256x4", "lora_rank": args.lora_rank,
                  "batch": args.batch, "prompt_length": args.prompt_length, "reps": args.reps, "rollout": args.rollout}
        full, lora = Side(model_dir, args, 0), Side(model_dir, args, args.lora_rank)
        for i in range(args.reps):  # interleaved (A B B A ...): load from other processes hits both alike
            for side in ((full, lora) if i % 2 == 0 else (lora, full)):
                side.rep()
        full, lora = full.result(), lora.result()
    for name, unit in UNITS.items():
        emit({**config, "mode": "full"}, name, full[name], unit)
        emit({**config, "mode": "lora"}, name, lora[name], unit)
        if full[name]:
            emit(config, f"{name}_lora_over_full", lora[name] / full[name], "ratio")


if __name__ == "__main__":
    main()
