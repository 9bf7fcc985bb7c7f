"""Sequence-length balancing, micro-batch packing and the padding-free index bookkeeping."""
import math

import pytest
import torch

from verl.utils.seqlen_balancing import (get_reverse_idx, get_seqlen_balanced_partitions, partition_sums,
                                         rearrange_micro_batches)
from verl.utils.torch_functional import (compute_position_id_with_mask, get_response_mask, lr_lambda_with_warmup,
                                         pack_for_response_logits, scatter_response_values)


def test_balanced_partitions_equal_size_cover_every_index_once():
    lens = [100, 90, 10, 10, 50, 40, 30, 70]
    parts = get_seqlen_balanced_partitions(lens, 2, equal_size=True)
    assert sorted(i for p in parts for i in p) == list(range(8))
    assert [len(p) for p in parts] == [4, 4]
    sums = partition_sums(lens, parts)
    assert max(sums) - min(sums) <= 20  # 200 each is reachable; LPT lands within one small item


def test_balanced_partitions_reject_impossible_requests():
    with pytest.raises(ValueError, match="divisible"):
        get_seqlen_balanced_partitions([1, 2, 3], 2, equal_size=True)
    with pytest.raises(ValueError, match="non-empty"):
        get_seqlen_balanced_partitions([1], 2, equal_size=False)


def test_rearrange_micro_batches_respects_budget_and_minimum_count():
    lens = [900, 100, 500, 500, 300, 200, 1200]
    parts = rearrange_micro_batches(lens, max_token_len=1200)
    assert sorted(i for p in parts for i in p) == list(range(len(lens)))
    assert all(sum(lens[i] for i in p) <= 1200 for p in parts)
    assert len(parts) == math.ceil(sum(lens) / 1200)  # 3700 tokens -> 4 bins, and 4 suffice here
    more = rearrange_micro_batches(lens, max_token_len=1200, min_num_micro_batches=6)
    assert len(more) == 6 and all(more)
    # A sample longer than the budget runs alone rather than failing the step.
    alone = rearrange_micro_batches([5000, 10, 10], max_token_len=100)
    assert [0] in alone and sum(len(p) for p in alone) == 3


def test_reverse_idx_inverts_a_permutation():
    perm = [3, 0, 2, 1]
    rev = get_reverse_idx(perm)
    assert [perm[rev[i]] for i in range(4)] == [0, 1, 2, 3]


def test_response_mask_keeps_first_eos_and_stops_after_it():
    responses = torch.tensor([[5, 6, 2, 7, 2], [5, 5, 5, 5, 5], [2, 9, 9, 9, 9]])
    assert get_response_mask(responses, 2).tolist() == [[1, 1, 1, 0, 0], [1, 1, 1, 1, 1], [1, 0, 0, 0, 0]]
    assert get_response_mask(responses, [9, 6]).tolist() == [[1, 1, 0, 0, 0], [1, 1, 1, 1, 1], [1, 1, 0, 0, 0]]


def test_position_ids_for_left_padding():
    mask = torch.tensor([[0, 0, 1, 1, 1], [1, 1, 1, 1, 1]])
    assert compute_position_id_with_mask(mask).tolist() == [[0, 0, 0, 1, 2], [0, 1, 2, 3, 4]]


def test_pack_for_response_logits_hand_checked():
    # Row 0: prompt [pad, 11, 12] + response [21, 22, pad]; row 1: prompt [13, 14, 15] + response [23, pad, pad].
    ids = torch.tensor([[0, 11, 12, 21, 22, 0], [13, 14, 15, 23, 0, 0]])
    mask = torch.tensor([[0, 1, 1, 1, 1, 0], [1, 1, 1, 1, 0, 0]])
    packed = pack_for_response_logits(ids, mask, compute_position_id_with_mask(mask), response_length=3)
    assert packed.input_ids.tolist() == [[11, 12, 21, 22, 13, 14, 15, 23]]
    assert packed.position_ids.tolist() == [[0, 1, 2, 3, 0, 1, 2, 3]]
    assert packed.cu_seqlens.tolist() == [0, 4, 8] and packed.max_seqlen == 4
    # 21 is predicted at packed position 1 (token 12), 22 at 2, 23 at 6 (token 15).
    assert packed.logit_positions.tolist() == [1, 2, 6]
    assert packed.labels.tolist() == [21, 22, 23]
    grid = scatter_response_values(torch.tensor([1.0, 2.0, 3.0]), packed.rows, packed.cols, 2, 3)
    assert grid.tolist() == [[1.0, 2.0, 0.0], [3.0, 0.0, 0.0]]


def test_lr_schedules():
    constant = lr_lambda_with_warmup(4, "constant")
    assert [constant(s) for s in range(6)] == [0.0, 0.25, 0.5, 0.75, 1.0, 1.0]
    cosine = lr_lambda_with_warmup(2, "cosine", total_steps=12, min_lr_ratio=0.1)
    assert cosine(1) == 0.5 and cosine(2) == pytest.approx(1.0)
    assert cosine(7) == pytest.approx(0.1 + 0.9 * 0.5)  # half-way through the decay
    assert cosine(12) == pytest.approx(0.1) and cosine(50) == pytest.approx(0.1)
    with pytest.raises(ValueError, match="total_training_steps"):
        lr_lambda_with_warmup(0, "cosine", total_steps=-1)
    with pytest.raises(ValueError, match="warmup_style"):
        lr_lambda_with_warmup(0, "linear")
    # the critic's optimizer is named in its own errors (build_optimizer passes its config key)
    from omegaconf import OmegaConf

    from verl.workers.fsdp_utils import build_optimizer

    with pytest.raises(ValueError, match=r"^critic\.optim\.warmup_style=cosine needs critic\.optim\.total"):
        build_optimizer([torch.nn.Parameter(torch.zeros(1))], OmegaConf.create({"warmup_style": "cosine"}),
                        "critic.optim", 1e-5)


def test_optimizer_offload_only_on_a_gpu_and_not_twice():
    from omegaconf import OmegaConf

    from verl.workers.fsdp_utils import optimizer_offload_wanted

    assert optimizer_offload_wanted({"optimizer_offload": True}, "cuda")
    assert optimizer_offload_wanted(OmegaConf.create({"optimizer_offload": True, "param_offload": False}), "cuda")
    assert not optimizer_offload_wanted({"optimizer_offload": True}, "cpu")  # nothing to offload to
    # FSDP2's CPU-offload policy already keeps the optimizer state on the CPU
    assert not optimizer_offload_wanted({"optimizer_offload": True, "param_offload": True}, "cuda")
    assert not optimizer_offload_wanted({"optimizer_offload": None}, "cuda")
    assert not optimizer_offload_wanted({}, "cuda")
