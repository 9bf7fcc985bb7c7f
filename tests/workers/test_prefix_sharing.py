"""The teacher's shared-prefix forward: grouping, packing, and log-probs equal to the plain forward."""
import copy

import pytest
import torch
from worker_testlib import teacher_like_batch

from verl.utils.prefix_sharing import (SharedHead, pack_with_shared_prefixes, plan_cached_heads, prefix_tree,
                                       shared_prefix_order, split_sorted_rows)
from verl.workers import actor as actor_module
from verl.workers.actor import DataParallelPPOActor, micro_batch_indices
from verl.workers.varlen_attention import VARLEN_ATTENTION


def test_prefix_tree_nests_common_heads_and_respects_each_rows_limit():
    t = torch.tensor
    head, turn = [1] * 20, [2] * 18
    tokens = [t(head + turn + [3]), t(head + turn + [4]), t(head + [5] * 30), t([9] * 30), t([9] * 30)]
    nodes = prefix_tree(tokens, limits=[38, 38, 49, 29, 10], min_shared=16)
    # rows 0-2 share 20 tokens; below that rows 0-1 share 18 more (capped at their limit 38);
    # rows 3-4 share 30 tokens, capped at row 4's limit 10 < 16: not shared.
    assert nodes == [(0, 0, 20, [0, 1, 2]), (1, 20, 38, [0, 1]), (2, 38, None, [0]), (2, 38, None, [1]),
                     (1, 20, None, [2]), (0, 0, None, [3]), (0, 0, None, [4])]
    assert prefix_tree(tokens[:1], limits=[38]) == [(0, 0, None, [0])]


def test_packing_keeps_every_response_prediction_in_its_rows_suffix():
    data = teacher_like_batch(vocab=100)
    ids, mask, pos = (data.batch[k] for k in ("input_ids", "attention_mask", "position_ids"))
    order, _ = shared_prefix_order(ids, mask)
    packed = pack_with_shared_prefixes(ids[order], mask[order], pos[order], response_length=7)
    # The real tokens minus what is shared are packed; each logit position is followed by its label.
    assert packed.input_ids.shape[1] == int(mask.sum()) - packed.shared_tokens
    # skills_a's five rows share its 40 tokens, the first-turn trio 5 more, skills_b's two rows its 25
    assert packed.shared_tokens == 4 * 40 + 2 * 29 + 25
    assert torch.equal(packed.input_ids[0, packed.logit_positions + 1], packed.labels)
    # Every node continues its ancestors' positions, and its ancestors are the shared nodes above it.
    for start, end, ancestors in packed.segments:
        previous = -1
        for a_start, a_end in ancestors:
            assert packed.position_ids[0, a_start] == previous + 1
            previous = int(packed.position_ids[0, a_end - 1])
        assert packed.position_ids[0, start] == previous + 1


def make_actor(model, attn):
    return DataParallelPPOActor(None, copy.deepcopy(model), use_remove_padding=True, attn_implementation=attn)


@pytest.mark.parametrize("attn", [VARLEN_ATTENTION, "sdpa"])
@pytest.mark.parametrize("micro", [{"micro_batch_size": 8}, {"micro_batch_size": 3},
                                   {"micro_batch_size": None, "use_dynamic_bsz": True, "max_token_len": 120}])
def test_shared_prefix_log_probs_equal_the_plain_forward(hf_reference_model, attn, micro):
    data = teacher_like_batch(hf_reference_model.config.vocab_size, seed=3)
    actor = make_actor(hf_reference_model, attn)
    plain, _ = actor.compute_log_prob(data, temperature=0.8, **micro)
    shared, _ = actor.compute_log_prob(data, temperature=0.8, share_prefix=True, **micro)
    valid = data.batch["response_mask"].bool()
    assert torch.allclose(shared, plain, atol=1e-5)
    assert torch.all(shared[~valid] == 0)
    assert plain[valid].abs().min() > 0  # real values were compared, not zeros
    # ...and fewer tokens went through the model than the plain forward's.
    seen = []
    forward = actor.module.forward
    actor.module.forward = lambda **kw: seen.append(kw["input_ids"].shape[1]) or forward(**kw)
    actor.compute_log_prob(data, temperature=0.8, share_prefix=True, **micro)
    assert sum(seen) < int(data.batch["attention_mask"].sum())


@pytest.mark.parametrize("micro", [{"micro_batch_size": 2}, {"micro_batch_size": 8}])
def test_shared_prefix_forward_in_bfloat16_is_as_close_to_float32_as_the_plain_one(hf_reference_model, micro):
    """The GPU computes in bf16 (FSDP2 mixed precision): masks, cached heads and gathers must follow the
    activations' dtype. Both bf16 forwards are compared with the float32 one."""
    data = teacher_like_batch(hf_reference_model.config.vocab_size, seed=3)
    exact, _ = make_actor(hf_reference_model, VARLEN_ATTENTION).compute_log_prob(data, temperature=0.8, **micro)
    actor = make_actor(copy.deepcopy(hf_reference_model).to(torch.bfloat16), VARLEN_ATTENTION)
    plain, _ = actor.compute_log_prob(data, temperature=0.8, **micro)
    shared, _ = actor.compute_log_prob(data, temperature=0.8, share_prefix=True, **micro)
    valid = data.batch["response_mask"].bool()
    plain_error = (plain - exact)[valid].abs().max()
    shared_error = (shared - exact)[valid].abs().max()
    assert torch.isfinite(shared).all() and 0 < plain_error < 0.5
    assert shared_error <= 2 * plain_error, (float(shared_error), float(plain_error))


def test_micro_batches_are_cut_between_task_groups_within_the_size_limits():
    # sorted rows: links = tokens each row shares with the next; a group boundary is a link of 0
    links = [40, 40, 0, 30, 30, 30, 5, 40]
    seqlens = [10] * 9
    assert split_sorted_rows(links, seqlens, max_rows=4) == [(0, 3), (3, 7), (7, 9)]
    # at least half full: a cut is never earlier than 2 rows into a 4-row window
    assert split_sorted_rows([0, 50, 50, 50, 50], [10] * 6, max_rows=4) == [(0, 4), (4, 6)]
    assert split_sorted_rows(links, seqlens, max_tokens=40) == [(0, 3), (3, 7), (7, 9)]
    # a row over the budget goes alone
    assert split_sorted_rows([9, 9], [10, 99, 10], max_tokens=40) == [(0, 1), (1, 2), (2, 3)]


def test_shared_prefix_micro_batches_keep_every_row_once(hf_reference_model):
    data = teacher_like_batch(hf_reference_model.config.vocab_size, seed=5)
    for kwargs in ({"micro_batch_size": 3, "use_dynamic_bsz": False, "max_token_len": None},
                   {"micro_batch_size": None, "use_dynamic_bsz": True, "max_token_len": 150}):
        parts = micro_batch_indices(data, device=torch.device("cpu"), share_prefix=True, **kwargs)
        assert sorted(i for p in parts for i in p) == list(range(len(data)))
        if kwargs["max_token_len"]:
            lengths = data.batch["attention_mask"].sum(-1)
            assert all(len(p) == 1 or int(lengths[p].sum()) <= 150 for p in parts)
        else:
            assert all(len(p) <= 3 for p in parts)
    with pytest.raises(ValueError, match="max_token_len"):
        micro_batch_indices(data, None, True, 0, torch.device("cpu"), share_prefix=True)


def test_plan_keeps_the_head_consecutive_micro_batches_share_and_grows_it_to_the_next_ones():
    t = torch.tensor
    skills, task = [5] * 100, [6] * 80
    rows = [t(skills + [1] * 50), t(skills + task + [7] * 5), t(skills + task + [8] * 5), t(skills + [9] * 30),
            t([9] * 200)]  # sorted
    limits = [len(r) - 1 for r in rows]
    # 0 -> 1: the skills (100 tokens); 1 -> 2: 80 more; 2 -> 3: back to the skills; the last row shares nothing
    assert plan_cached_heads(rows, limits, [[0], [1], [2], [3], [4]]) == \
        [(0, 100), (100, 180), (180, 180), (100, 100), (0, 0)]
    # a row's limit caps the head
    assert plan_cached_heads(rows, [limits[0], 150] + limits[2:], [[0], [1], [2]])[1] == (100, 150)
    # several rows per micro-batch: the head is what all of them share with all of the next one's
    assert plan_cached_heads(rows, limits, [[0, 1], [2, 3], [4]]) == [(0, 100), (100, 100), (0, 0)]


def test_shared_head_keeps_what_it_was_asked_to_and_refuses_to_grow_by_cropping():
    head = SharedHead()
    key = torch.arange(12.0).view(1, 1, 6, 2)
    assert not head.active  # nothing to read or keep: the forward does not need it
    head.prepare(0, 4)
    assert head.active
    assert torch.equal(head.attach(0, key, -key)[0], key)
    head.commit()
    assert head.length == 4
    head.prepare(3, 3)
    both, values = head.attach(0, key[:, :, :2], key[:, :, :2])
    assert torch.equal(both, torch.cat([key[:, :, :3], key[:, :, :2]], dim=2))
    assert torch.equal(values[:, :, :3], -key[:, :, :3])
    with pytest.raises(ValueError, match="cannot go"):
        head.prepare(4, 4)


def count_forwards(actor):
    calls = []
    forward = actor.module.forward
    actor.module.forward = lambda **kw: calls.append(kw["input_ids"].shape[1]) or forward(**kw)
    return calls


@pytest.mark.parametrize("micro", [{"micro_batch_size": 2},
                                   {"micro_batch_size": None, "use_dynamic_bsz": True, "max_token_len": 330}])
def test_a_head_shared_across_micro_batches_is_computed_once(hf_reference_model, monkeypatch, micro):
    # skills of 120 / 90 tokens: every micro-batch of a group's rows reuses them
    data = teacher_like_batch(hf_reference_model.config.vocab_size, seed=3, skills=(120, 90))
    actor = make_actor(hf_reference_model, VARLEN_ATTENTION)
    plain, _ = actor.compute_log_prob(data, temperature=0.8, **micro)
    calls = count_forwards(actor)
    cached, _ = actor.compute_log_prob(data, temperature=0.8, share_prefix=True, **micro)
    cached_calls = list(calls)
    calls.clear()
    monkeypatch.setattr(actor_module, "plan_cached_heads", lambda tokens, limits, parts: [(0, 0)] * len(parts))
    uncached, _ = actor.compute_log_prob(data, temperature=0.8, share_prefix=True, **micro)
    assert torch.allclose(cached, plain, atol=1e-5) and torch.allclose(uncached, plain, atol=1e-5)
    assert plain[data.batch["response_mask"].bool()].abs().min() > 0
    # as many forwards, and the micro-batches after the first of skills_a's rows skip its 120 tokens
    assert len(cached_calls) == len(calls) and sum(cached_calls) <= sum(calls) - 120


def test_ranks_cut_as_many_micro_batches_whatever_their_rows(hf_reference_model, monkeypatch):
    """FSDP gathers parameters in every forward: the micro-batch count is raised to the largest over the
    ranks (here another rank is pretended to need two more), without going over the size limit."""
    data = teacher_like_batch(hf_reference_model.config.vocab_size, seed=3, skills=(120, 90))
    actor = make_actor(hf_reference_model, VARLEN_ATTENTION)
    alone, _ = actor.compute_log_prob(data, temperature=0.8, micro_batch_size=2, share_prefix=True)
    parts = micro_batch_indices(data, 2, False, None, torch.device("cpu"), share_prefix=True)
    monkeypatch.setattr(actor_module, "all_reduce_max", lambda value, device, group=None: value + 2)
    matched = micro_batch_indices(data, 2, False, None, torch.device("cpu"), share_prefix=True)
    assert len(matched) == len(parts) + 2 and all(len(p) <= 2 for p in matched)
    assert sorted(i for p in matched for i in p) == list(range(len(data)))
    calls = count_forwards(actor)
    matched_log_probs, _ = actor.compute_log_prob(data, temperature=0.8, micro_batch_size=2, share_prefix=True)
    assert len(calls) == len(matched) and torch.allclose(matched_log_probs, alone, atol=1e-5)


def test_the_cuda_paths_copied_out_kv_heads_match_grouped_query_attention():
    """On CUDA the masked kernel gets every key/value head copied out per query head (_repeat_kv); on CPU the
    fused kernel groups them (enable_gqa). Query head h must read key/value head h // groups either way."""
    from torch.nn.functional import scaled_dot_product_attention as sdpa

    from verl.workers.varlen_attention import _repeat_kv

    generator = torch.Generator().manual_seed(0)
    q = torch.randn(1, 8, 5, 16, generator=generator)
    k, v = torch.randn(1, 2, 7, 16, generator=generator), torch.randn(1, 2, 7, 16, generator=generator)
    mask = torch.zeros(5, 7)
    mask[:, 5:] = torch.full((5, 2), float("-inf")).triu(-2)[:, :2]
    grouped = sdpa(q, k, v, attn_mask=mask, enable_gqa=True)
    copied = sdpa(q, _repeat_kv(k, 4, 1), _repeat_kv(v, 4, 1), attn_mask=mask)
    assert torch.allclose(copied, grouped, atol=1e-6)
    by_hand = torch.stack([sdpa(q[:, h], k[:, h // 4], v[:, h // 4], attn_mask=mask) for h in range(8)], dim=1)
    assert torch.allclose(copied, by_hand, atol=1e-6)


# ------------------------------------------------------------------ the CUDA varlen path, on CPU
def documented_varlen(query, key, value, cu_seq_q, cu_seq_k, max_q, max_k, *, scale=None, window_size=(-1, -1),
                      enable_gqa=False, top_left=False):
    """torch.nn.attention.varlen.varlen_attn as documented, on CPU: per sequence, query i sees key j when
    i + Lk - Lq - left <= j <= i + Lk - Lq + right (flash-attention's bottom-right rule; top_left=True
    is the rule a kernel must NOT have for the shared-prefix path)."""
    from torch.nn.functional import scaled_dot_product_attention as sdpa

    assert cu_seq_q.dtype == cu_seq_k.dtype == torch.int32 and len(cu_seq_q) == len(cu_seq_k)
    out = []
    for a, b, c, d in zip(cu_seq_q[:-1].tolist(), cu_seq_q[1:].tolist(), cu_seq_k[:-1].tolist(), cu_seq_k[1:].tolist()):
        assert b - a <= max_q and d - c <= max_k
        diagonal = torch.arange(b - a)[:, None] + (0 if top_left else (d - c) - (b - a))
        keys = torch.arange(d - c)[None]
        mask = torch.ones(b - a, d - c, dtype=torch.bool)
        if window_size[1] >= 0:
            mask &= keys <= diagonal + window_size[1]
        if window_size[0] >= 0:
            mask &= keys >= diagonal - window_size[0]
        out.append(sdpa(query[a:b].transpose(0, 1), key[c:d].transpose(0, 1), value[c:d].transpose(0, 1),
                        attn_mask=mask, scale=scale, enable_gqa=enable_gqa).transpose(0, 1))
    return torch.cat(out)


@pytest.fixture
def emulated_cuda_varlen(monkeypatch):
    """Send CPU forwards down the CUDA varlen branches, the kernel replaced by documented_varlen."""
    from verl.workers import varlen_attention

    calls = []

    def kernel(*args, **kwargs):
        calls.append(kwargs)
        return documented_varlen(*args, **kwargs, top_left=kernel.top_left)

    kernel.top_left = False
    monkeypatch.setattr(varlen_attention, "_torch_varlen_wanted", lambda device, dtype: True)
    monkeypatch.setattr(varlen_attention, "_torch_varlen_attn", kernel)
    varlen_attention._varlen_sees_ancestors.cache_clear()
    yield kernel, calls
    varlen_attention._varlen_sees_ancestors.cache_clear()


@pytest.mark.parametrize("micro", [{"micro_batch_size": 2}, {"micro_batch_size": 8}])
def test_on_cuda_the_shared_prefix_forward_is_one_varlen_call_per_layer(hf_reference_model, emulated_cuda_varlen,
                                                                         monkeypatch, micro):
    from verl.workers import varlen_attention

    kernel, calls = emulated_cuda_varlen
    data = teacher_like_batch(hf_reference_model.config.vocab_size, seed=3)
    exact, _ = make_actor(hf_reference_model, "sdpa").compute_log_prob(data, temperature=0.8, **micro)
    monkeypatch.setattr(varlen_attention, "_prefix_segments_sdpa", None)  # the per-node path must not run
    actor = make_actor(hf_reference_model, VARLEN_ATTENTION)
    plain, _ = actor.compute_log_prob(data, temperature=0.8, **micro)
    plain_calls = len(calls)
    shared, _ = actor.compute_log_prob(data, temperature=0.8, share_prefix=True, **micro)
    assert torch.allclose(plain, exact, atol=1e-5) and torch.allclose(shared, exact, atol=1e-5)
    layers = hf_reference_model.config.num_hidden_layers
    assert calls[plain_calls]["scale"] is None  # the one-off alignment check (_varlen_sees_ancestors)...
    shared_calls = len(calls) - plain_calls - 1  # ...then one call per layer and micro-batch
    assert plain_calls % layers == 0 and shared_calls % layers == 0 and shared_calls > 0
    model_calls = calls[:plain_calls] + calls[plain_calls + 1:]
    assert all(c["window_size"] == (-1, 0) and c["enable_gqa"] for c in model_calls)  # causal; 2 query heads, 1 kv


def test_a_kernel_with_top_left_causal_masks_leaves_the_shared_prefix_forward_per_node(hf_reference_model,
                                                                                      emulated_cuda_varlen, caplog):
    kernel, calls = emulated_cuda_varlen
    kernel.top_left = True
    data = teacher_like_batch(hf_reference_model.config.vocab_size, seed=3)
    exact, _ = make_actor(hf_reference_model, "sdpa").compute_log_prob(data, temperature=0.8, micro_batch_size=2)
    shared, _ = make_actor(hf_reference_model, VARLEN_ATTENTION).compute_log_prob(
        data, temperature=0.8, share_prefix=True, micro_batch_size=2)
    assert torch.allclose(shared, exact, atol=1e-5)
    assert len(calls) == 1  # the one-off check, then SDPA per node
    assert "does not align causal masks at the bottom right" in caplog.text


def test_varlen_plan_gathers_each_nodes_ancestors_then_its_own_keys():
    from verl.workers.varlen_attention import prefix_segment_varlen

    # a 4-token cached head (keys 0-3), then packed keys 4-13: node 4-7 under the head, its children 8-10
    # and 11-13 under both
    segments = [(4, 8, ((0, 4),)), (8, 11, ((0, 4), (4, 8))), (11, 14, ((0, 4), (4, 8)))]
    index, cu_q, cu_k, max_q, max_k = prefix_segment_varlen(segments, offset=4, queries=10, device="cpu")
    assert index.tolist() == [*range(0, 8), *range(0, 11), *range(0, 8), *range(11, 14)]
    assert cu_q.tolist() == [0, 4, 7, 10] and cu_k.tolist() == [0, 8, 19, 30] and (max_q, max_k) == (4, 11)
    with pytest.raises(ValueError, match="tile the packed row"):
        prefix_segment_varlen(segments[1:], offset=4, queries=10, device="cpu")


def test_a_kernel_that_refuses_unequal_lengths_leaves_the_shared_prefix_forward_per_node(
        hf_reference_model, emulated_cuda_varlen, monkeypatch, caplog):
    from verl.workers import varlen_attention

    def equal_lengths_only(query, key, value, cu_seq_q, cu_seq_k, *args, **kwargs):
        if not torch.equal(cu_seq_q, cu_seq_k):
            raise RuntimeError("cu_seq_q and cu_seq_k must match")
        return documented_varlen(query, key, value, cu_seq_q, cu_seq_k, *args, **kwargs)

    monkeypatch.setattr(varlen_attention, "_torch_varlen_attn", equal_lengths_only)
    data = teacher_like_batch(hf_reference_model.config.vocab_size, seed=3)
    exact, _ = make_actor(hf_reference_model, "sdpa").compute_log_prob(data, temperature=0.8, micro_batch_size=2)
    shared, _ = make_actor(hf_reference_model, VARLEN_ATTENTION).compute_log_prob(
        data, temperature=0.8, share_prefix=True, micro_batch_size=2)
    assert torch.allclose(shared, exact, atol=1e-5)
    assert "fails on unequal query and key lengths (RuntimeError: cu_seq_q and cu_seq_k must match)" in caplog.text
