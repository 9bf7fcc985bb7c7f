"""scripts/model_merger.py: 2-rank FSDP2 shards -> HF folder with the live model's logits; `test`; errors."""
from __future__ import annotations

import json
import os
import pathlib
import shutil
import socket
import subprocess
import sys

import pytest
import torch

from verl.utils import model_merger

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
WORLD_SIZE = 2  # uneven shards (torch.chunk's short last piece) are covered in tests/utils/test_checkpoint.py
PROBE_IDS = torch.tensor([[5, 17, 42, 99, 3, 250, 7, 64], [11, 12, 13, 14, 15, 16, 17, 18]])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _save_worker(rank: int, world_size: int, port: int, model_dir: str, out: str) -> None:
    import torch.distributed as dist
    from torch.distributed.checkpoint.state_dict import StateDictOptions, get_model_state_dict
    from torch.distributed.device_mesh import init_device_mesh
    from torch.distributed.fsdp import fully_shard
    from transformers import AutoConfig, AutoModelForCausalLM

    from verl.utils.checkpoint import save_fsdp_shards

    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    torch.set_num_threads(1)
    dist.init_process_group("gloo", rank=rank, world_size=world_size)
    try:
        mesh = init_device_mesh("cpu", (world_size,), mesh_dim_names=("fsdp",))
        model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
        for layer in model.model.layers:
            fully_shard(layer, mesh=mesh)
        fully_shard(model, mesh=mesh)
        optimizer = torch.optim.AdamW(model.parameters(), lr=5e-2)
        # One update, so the merged weights differ from the model folder the run started from.
        ids = torch.randint(3, 300, (2, 10), generator=torch.Generator().manual_seed(rank))
        logits = model(input_ids=ids, use_cache=False).logits
        torch.nn.functional.cross_entropy(logits[:, :-1].flatten(0, 1), ids[:, 1:].flatten()).backward()
        optimizer.step()
        optimizer.zero_grad()

        save_fsdp_shards(pathlib.Path(out) / "actor", model, optimizer, None, rank, world_size,
                         hf_source_dir=model_dir)
        with torch.no_grad():
            live_logits = model(input_ids=PROBE_IDS, use_cache=False).logits
        full = get_model_state_dict(model, options=StateDictOptions(full_state_dict=True, cpu_offload=True))
        if rank == 0:
            torch.save(live_logits, pathlib.Path(out) / "live_logits.pt")
            config = AutoConfig.from_pretrained(model_dir)
            with torch.device("meta"):
                shell = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
            shell.save_pretrained(pathlib.Path(out) / "reference", state_dict=dict(full))
        dist.barrier()
    finally:
        dist.destroy_process_group()


@pytest.fixture(scope="module")
def saved_run(tiny_model_dir, tmp_path_factory) -> pathlib.Path:
    import torch.multiprocessing as mp

    out = tmp_path_factory.mktemp("merger_run")
    mp.spawn(_save_worker, args=(WORLD_SIZE, _free_port(), str(tiny_model_dir), str(out)), nprocs=WORLD_SIZE)
    return out


def test_merge_gives_a_folder_that_reproduces_the_live_model(saved_run, tiny_model_dir, tmp_path):
    from safetensors import safe_open
    from transformers import AutoModelForCausalLM, AutoTokenizer

    target = tmp_path / "merged"
    # The real script, as users run it.
    proc = subprocess.run([sys.executable, "scripts/model_merger.py", "merge", "--backend", "fsdp",
                           "--local_dir", str(saved_run / "actor"), "--target_dir", str(target)],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "loading shards" in proc.stderr  # the progress bar over the rank files

    with safe_open(str(target / "model.safetensors"), "pt") as handle:
        keys = set(handle.keys())
        assert handle.get_tensor("model.norm.weight").dtype == torch.float32  # kept, not cast to bf16
    assert "lm_head.weight" not in keys and "model.embed_tokens.weight" in keys  # tied embeddings
    assert json.loads((target / "config.json").read_text())["dtype"] == "float32"

    merged = AutoModelForCausalLM.from_pretrained(target, dtype=torch.float32)
    source = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    with torch.no_grad():
        logits = merged(input_ids=PROBE_IDS).logits
        source_logits = source(input_ids=PROBE_IDS).logits
    live_logits = torch.load(saved_run / "live_logits.pt")
    torch.testing.assert_close(logits, live_logits, atol=1e-5, rtol=1e-5)
    assert (source_logits - live_logits).abs().max() > 1e-2  # the trained weights, not the starting ones

    tokenizer = AutoTokenizer.from_pretrained(target)
    source_tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    text = "<think>go to the fridge</think>"
    assert tokenizer(text).input_ids == source_tokenizer(text).input_ids
    encoded = tokenizer(["go to the fridge"], return_tensors="pt")
    generated = merged.generate(**encoded, max_new_tokens=4, do_sample=False)
    assert generated.shape[1] > encoded.input_ids.shape[1]


def test_dtype_option_casts(saved_run, tmp_path):
    from safetensors import safe_open

    assert model_merger.main(["merge", "--backend", "fsdp", "--local_dir", str(saved_run / "actor"),
                              "--target_dir", str(tmp_path / "bf16"), "--dtype", "bfloat16"]) == 0
    with safe_open(str(tmp_path / "bf16" / "model.safetensors"), "pt") as handle:
        assert {handle.get_tensor(k).dtype for k in handle.keys()} == {torch.bfloat16}


def test_test_mode_passes_on_the_gathered_model_and_names_a_perturbed_tensor(saved_run, tmp_path, capsys):
    from safetensors.torch import load_file, save_file

    actor = str(saved_run / "actor")
    assert model_merger.main(["test", "--backend", "fsdp", "--local_dir", actor,
                              "--test_hf_dir", str(saved_run / "reference")]) == 0
    assert "OK:" in capsys.readouterr().out

    perturbed = tmp_path / "perturbed"
    shutil.copytree(saved_run / "reference", perturbed)
    tensors = load_file(perturbed / "model.safetensors")
    tensors["model.layers.1.mlp.up_proj.weight"][3, 5] += 1e-3
    save_file(tensors, perturbed / "model.safetensors", metadata={"format": "pt"})
    assert model_merger.main(["test", "--backend", "fsdp", "--local_dir", actor,
                              "--test_hf_dir", str(perturbed)]) == 1
    err = capsys.readouterr().err
    assert "MISMATCH" in err and "'model.layers.1.mlp.up_proj.weight'" in err

    del tensors["model.norm.weight"]
    save_file(tensors, perturbed / "model.safetensors", metadata={"format": "pt"})
    assert model_merger.main(["test", "--backend", "fsdp", "--local_dir", actor, "--test_hf_dir", str(perturbed)]) == 1
    assert "'model.norm.weight' is in the checkpoint but not in the reference" in capsys.readouterr().err


def test_megatron_and_broken_checkpoints_fail_clearly(saved_run, tmp_path, capsys):
    actor = saved_run / "actor"
    assert model_merger.main(["merge", "--backend", "megatron", "--local_dir", str(actor)]) == 2
    assert "megatron is not supported" in capsys.readouterr().err

    partial = tmp_path / "partial"
    shutil.copytree(actor, partial)
    (partial / "model_world_size_2_rank_1.pt").unlink()
    assert model_merger.main(["merge", "--backend", "fsdp", "--local_dir", str(partial),
                              "--target_dir", str(tmp_path / "out")]) == 1
    assert "model_world_size_2_rank_1.pt" in capsys.readouterr().err

    assert model_merger.main(["merge", "--backend", "fsdp", "--local_dir", str(tmp_path / "nope")]) == 1
    assert "is not a folder" in capsys.readouterr().err
