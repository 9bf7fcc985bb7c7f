#!/usr/bin/env bash
# Shared launch settings for examples/<method>_trainer/run_<env>_<size>.sh (paper hyperparameters,
# METHOD.md §6). A script names its method, environment and model; everything else lives here once,
# so no launch line carries ~55 overrides. Extra Hydra overrides given to a script pass through last
# and win, e.g.:  bash examples/sdar_trainer/run_alfworld_3b.sh vllm trainer.save_freq=10
set -euo pipefail

# Entry module per method (OPSD and GRPO+OPSD run through main_sdar, as in the paper's code).
declare -A SDAR_ENTRY=([grpo]=main_ppo [skill_grpo]=main_skill_grpo [sdar]=main_sdar [opsd]=main_sdar
                       [grpo_opsd]=main_sdar [rlsd]=main_rlsd [skill_sd]=main_skillsd)

sdar_env_args() {  # $1 = alfworld | webshop | search
  case "$1" in
    alfworld) echo env.env_name=alfworld/AlfredTWEnv env.max_steps=50 env.history_length=2 \
        trainer.n_gpus_per_node=8 actor_rollout_ref.rollout.tensor_model_parallel_size=2 \
        actor_rollout_ref.rollout.gpu_memory_utilization=0.6 data.train_batch_size=16 data.val_batch_size=128 \
        data.max_prompt_length=2048 data.truncation=error actor_rollout_ref.actor.ppo_mini_batch_size=256 \
        actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=32 \
        actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=32 actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=32 \
        actor_rollout_ref.actor.kl_loss_coef=0.01 actor_rollout_ref.actor.invalid_action_penalty_coef=0.1 \
        actor_rollout_ref.rollout.val_kwargs.temperature=0.4 actor_rollout_ref.rollout.val_kwargs.do_sample=true \
        trainer.total_epochs=150 trainer.test_freq=5 trainer.val_before_train=true trainer.project_name=verl_agent_alfworld ;;
    webshop) echo env.env_name=webshop env.max_steps=15 env.history_length=2 \
        trainer.n_gpus_per_node=2 actor_rollout_ref.rollout.tensor_model_parallel_size=2 \
        actor_rollout_ref.rollout.gpu_memory_utilization=0.6 data.train_batch_size=16 data.val_batch_size=128 \
        data.max_prompt_length=4096 data.truncation=error actor_rollout_ref.actor.ppo_mini_batch_size=64 \
        actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=8 \
        actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=16 actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=16 \
        actor_rollout_ref.actor.kl_loss_coef=0.01 actor_rollout_ref.actor.invalid_action_penalty_coef=0.1 \
        actor_rollout_ref.rollout.val_kwargs.temperature=0.4 actor_rollout_ref.rollout.val_kwargs.do_sample=true \
        trainer.total_epochs=150 trainer.test_freq=5 trainer.val_before_train=true trainer.project_name=verl_agent_webshopv1 ;;
    search) echo env.env_name=search env.max_steps=4 env.history_length=4 \
        "data.train_files=${SEARCH_DATA_DIR:-$HOME/data/searchR1_processed_direct}/train.parquet" \
        "data.val_files=${SEARCH_DATA_DIR:-$HOME/data/searchR1_processed_direct}/test.parquet" \
        "env.search.search_url=${SEARCH_URL:-http://127.0.0.1:8000/retrieve}" \
        trainer.n_gpus_per_node=4 actor_rollout_ref.rollout.tensor_model_parallel_size=1 \
        actor_rollout_ref.rollout.gpu_memory_utilization=0.5 data.train_batch_size=128 data.val_batch_size=512 \
        data.max_prompt_length=4096 data.truncation=left actor_rollout_ref.actor.ppo_mini_batch_size=256 \
        actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=16 \
        actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=32 actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=32 \
        actor_rollout_ref.actor.kl_loss_coef=0.001 actor_rollout_ref.actor.invalid_action_penalty_coef=0.01 \
        actor_rollout_ref.actor.optim.lr_warmup_steps_ratio=0.1 \
        actor_rollout_ref.rollout.val_kwargs.temperature=0 actor_rollout_ref.rollout.val_kwargs.do_sample=false \
        trainer.total_training_steps=150 trainer.test_freq=150 trainer.val_before_train=false trainer.project_name=verl_agent_search ;;
    *) echo "unknown environment: $1" >&2; return 1 ;;
  esac
}

sdar_model_args() {  # $1 = 1.5b | 3b | 7b | qwen3
  case "$1" in
    1.5b) echo actor_rollout_ref.model.path=Qwen/Qwen2.5-1.5B-Instruct ;;  # verl-agent's PPO scripts
    3b) echo actor_rollout_ref.model.path=Qwen/Qwen2.5-3B-Instruct ;;
    7b) echo actor_rollout_ref.model.path=Qwen/Qwen2.5-7B-Instruct actor_rollout_ref.rollout.tensor_model_parallel_size=2 ;;
    # Qwen3 runs without thinking; the reference still demanded <think> tags and penalised their absence.
    qwen3) echo actor_rollout_ref.model.path=Qwen/Qwen3-1.7B +data.apply_chat_template_kwargs.enable_thinking=false \
        env.require_think=false ;;
    *) echo "unknown model size: $1" >&2; return 1 ;;
  esac
}

# PPO with a critic (verl-agent's ppo_trainer): GAE and a Qwen2.5-1.5B value model. $1 = critic micro-batch per GPU.
sdar_critic_args() {
  echo algorithm.adv_estimator=gae algorithm.gamma=1.0 algorithm.lam=1.0 \
    critic.model.path=Qwen/Qwen2.5-1.5B-Instruct critic.model.use_remove_padding=true \
    critic.model.enable_gradient_checkpointing=true critic.model.fsdp_config.param_offload=false \
    critic.model.fsdp_config.optimizer_offload=false critic.optim.lr=1e-5 \
    critic.ppo_micro_batch_size_per_gpu="$1" trainer.critic_warmup=0
}

sdar_method_args() {  # $1 = method, $2 = env (for the skill library)
  local skills="skills/$2"
  case "$1" in
    grpo) ;;
    skill_grpo) echo algorithm.skill_grpo.skills_dir=$skills algorithm.skill_grpo.skill_all=false ;;
    sdar) echo algorithm.sdar.sdar_coef=0.01 algorithm.sdar.gate_beta=5.0 algorithm.sdar.skills_dir=$skills algorithm.sdar.skill_all=false ;;
    opsd) echo algorithm.method=opsd algorithm.sdar.sdar_coef=0.01 algorithm.sdar.gate_beta=5.0 \
        algorithm.sdar.skills_dir=$skills actor_rollout_ref.actor.pg_loss_coef=0 ;;
    grpo_opsd) echo algorithm.method=grpo_opsd algorithm.sdar.sdar_coef=0.01 algorithm.sdar.gate_beta=0.0 \
        algorithm.sdar.skills_dir=$skills ;;
    rlsd) echo algorithm.rlsd.rlsd_lambda=0.5 algorithm.rlsd.warmdown_steps=100 algorithm.rlsd.clip_eps=0.2 \
        algorithm.rlsd.skills_dir=$skills algorithm.rlsd.skill_all=false ;;
    skill_sd) echo algorithm.skillsd.sdl_lambda=0.001 algorithm.skillsd.warmdown_steps=-1 \
        algorithm.skillsd.skills_dir=$skills algorithm.skillsd.skill_all=false ;;
    *) echo "unknown method: $1" >&2; return 1 ;;
  esac
}

# sdar_launch METHOD ENV SIZE ENGINE [extra overrides...]
sdar_launch() {
  local method=$1 env=$2 size=$3 engine=$4; shift 4
  cd "$(dirname "${BASH_SOURCE[0]}")/.."
  # SDAR_DRY_RUN=1 prints the entry module and one override per line instead of training (tests use it).
  local launcher=(python3 -m)
  [ "${SDAR_DRY_RUN:-0}" = 1 ] && launcher=(printf '%s\n')
  # shellcheck disable=SC2046
  exec "${launcher[@]}" "verl.trainer.${SDAR_ENTRY[$method]}" \
    algorithm.adv_estimator=grpo data.max_response_length=512 actor_rollout_ref.actor.optim.lr=1e-6 \
    actor_rollout_ref.model.use_remove_padding=true actor_rollout_ref.model.enable_gradient_checkpointing=true \
    actor_rollout_ref.actor.use_kl_loss=true actor_rollout_ref.actor.kl_loss_type=low_var_kl \
    actor_rollout_ref.ref.fsdp_config.param_offload=true actor_rollout_ref.rollout.name="$engine" \
    actor_rollout_ref.rollout.enforce_eager=false actor_rollout_ref.rollout.free_cache_engine=false \
    actor_rollout_ref.actor.use_invalid_action_penalty=true env.seed=0 env.rollout.n=8 \
    trainer.device=cuda trainer.worker_backend=ray trainer.nnodes=1 "trainer.logger=[console,wandb]" \
    trainer.experiment_name="${method}_${env}_${size}" \
    $(sdar_env_args "$env") $(sdar_model_args "$size") $(sdar_method_args "$method" "$env") "$@"
}

sdar_variant_args() {  # $1 = gigpo | gigpo_dynamic | dapo | gspo | ppo (verl-agent's algorithms, on top of any method), $2 = env
  case "$1" in
    # GiGPO (arXiv 2505.10978): gamma 0.95 for the step returns; Search observations rarely repeat exactly,
    # so its step groups use text similarity.
    gigpo) echo algorithm.adv_estimator=gigpo algorithm.gamma=0.95 algorithm.gigpo.step_advantage_w=1.0
      if [ "$2" = search ]; then echo algorithm.gigpo.mode=mean_std_norm algorithm.gigpo.enable_similarity=true \
          algorithm.gigpo.similarity_thresh=0.9
      else echo algorithm.gigpo.mode=mean_norm; fi ;;
    # verl-agent's gigpo_dynamic_trainer: GiGPO with dynamic sampling.
    gigpo_dynamic) sdar_variant_args gigpo "$2"
      echo algorithm.filter_groups.enable=true algorithm.filter_groups.max_num_gen_batches=10 ;;
    # DAPO: clip-higher and dynamic sampling (groups whose episodes all scored the same are re-rolled).
    dapo) echo actor_rollout_ref.actor.clip_ratio_low=0.2 actor_rollout_ref.actor.clip_ratio_high=0.28 \
        algorithm.filter_groups.enable=true algorithm.filter_groups.max_num_gen_batches=10 ;;
    # GSPO: sequence-level importance ratio with its small clip range, sequence-mean aggregation.
    gspo) echo actor_rollout_ref.actor.policy_loss.loss_mode=gspo actor_rollout_ref.actor.clip_ratio_low=0.0003 \
        actor_rollout_ref.actor.clip_ratio_high=0.0004 actor_rollout_ref.actor.loss_agg_mode=seq-mean-token-mean ;;
    # PPO with a critic (verl-agent's ppo_trainer): GAE, a Qwen2.5-1.5B value model; WebShop's long prompts
    # get the smaller critic micro-batch.
    ppo) sdar_critic_args "$([ "$2" = webshop ] && echo 4 || echo 16)" ;;
    *) echo "unknown algorithm: $1" >&2; return 1 ;;
  esac
}

# sdar_launch_with VARIANT METHOD ENV SIZE ENGINE [extra overrides...]: a method (grpo, sdar, ...) trained with
# one of sdar_variant_args' algorithms, e.g. GiGPO + SDAR; the experiment is named <variant>[_<method>]_<env>_<size>.
sdar_launch_with() {
  local variant=$1 method=$2 env=$3 size=$4 engine=$5; shift 5
  local name="${variant}_${env}_${size}"
  [ "$method" = grpo ] || name="${variant}_${method}_${env}_${size}"
  # shellcheck disable=SC2046
  sdar_launch "$method" "$env" "$size" "$engine" $(sdar_variant_args "$variant" "$env") \
    trainer.experiment_name="$name" "$@"
}
