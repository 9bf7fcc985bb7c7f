"""Workers: FSDP2 actor / reference / rollout (fsdp_workers.ActorRolloutRefWorker), the per-rank PPO
math driver (actor.DataParallelPPOActor), rollout engines (rollout/) and worker groups
(worker_group.RayWorkerGroup / LocalWorkerGroup). Import the submodules directly; this package
imports nothing heavy."""
