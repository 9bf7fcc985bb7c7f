(define (problem plan_trial_T20191126_191320_942737)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CupType - otype
        EggType - otype
        KnifeType - otype
        LadleType - otype
        PotType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Egg_bar__minus_02_dot_80_bar__plus_00_dot_82_bar__plus_01_dot_51 - object
        Cup_bar__plus_00_dot_88_bar__plus_02_dot_71_bar__minus_02_dot_86 - object
        Knife_bar__minus_01_dot_77_bar__plus_01_dot_14_bar__plus_02_dot_90 - object
        WineBottle_bar__minus_03_dot_46_bar__plus_02_dot_95_bar__plus_00_dot_36 - object
        Pot_bar__minus_00_dot_53_bar__plus_00_dot_88_bar__plus_01_dot_52 - object
        Ladle_bar__minus_00_dot_39_bar__plus_03_dot_41_bar__minus_01_dot_03 - object
        Cabinet_bar__plus_03_dot_37_bar__plus_02_dot_40_bar__minus_01_dot_06 - receptacle
        CounterTop_bar__minus_01_dot_83_bar__plus_01_dot_04_bar__minus_01_dot_04 - receptacle
        CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65 - receptacle
        Fridge_bar__plus_00_dot_96_bar__plus_01_dot_81_bar__plus_01_dot_12 - receptacle
        GarbageCan_bar__plus_00_dot_88_bar__plus_01_dot_67_bar__plus_01_dot_09 - receptacle
        Microwave_bar__plus_00_dot_05_bar__plus_03_dot_28_bar__minus_00_dot_70 - receptacle
        Sink_bar__plus_03_dot_05_bar__plus_02_dot_63_bar__minus_03_dot_01_bar_SinkBasin - receptacle
        loc_bar_3_bar__minus_5_bar_3_bar__minus_30 - location
        loc_bar_7_bar_2_bar_0_bar_45 - location
        loc_bar_7_bar_2_bar_1_bar_0 - location
        loc_bar__minus_1_bar__minus_7_bar_0_bar_15 - location
        loc_bar__minus_2_bar__minus_8_bar_0_bar_15 - location
        loc_bar__minus_3_bar_3_bar_0_bar_60 - location
        loc_bar__minus_5_bar__minus_5_bar_0_bar_45 - location
        loc_bar__minus_7_bar_9_bar_0_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_5_bar__minus_5_bar_0_bar_45)
        (receptacleType Cabinet_bar__plus_03_dot_37_bar__plus_02_dot_40_bar__minus_01_dot_06 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_03_dot_37_bar__plus_02_dot_40_bar__minus_01_dot_06 loc_bar_7_bar_2_bar_0_bar_45)
        (openable Cabinet_bar__plus_03_dot_37_bar__plus_02_dot_40_bar__minus_01_dot_06)
        (receptacleType CounterTop_bar__minus_01_dot_83_bar__plus_01_dot_04_bar__minus_01_dot_04 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_83_bar__plus_01_dot_04_bar__minus_01_dot_04 loc_bar_3_bar__minus_5_bar_3_bar__minus_30)
        (receptacleType CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65 loc_bar__minus_3_bar_3_bar_0_bar_60)
        (receptacleType Fridge_bar__plus_00_dot_96_bar__plus_01_dot_81_bar__plus_01_dot_12 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_00_dot_96_bar__plus_01_dot_81_bar__plus_01_dot_12 loc_bar__minus_1_bar__minus_7_bar_0_bar_15)
        (openable Fridge_bar__plus_00_dot_96_bar__plus_01_dot_81_bar__plus_01_dot_12)
        (receptacleType GarbageCan_bar__plus_00_dot_88_bar__plus_01_dot_67_bar__plus_01_dot_09 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_88_bar__plus_01_dot_67_bar__plus_01_dot_09 loc_bar_7_bar_2_bar_1_bar_0)
        (receptacleType Microwave_bar__plus_00_dot_05_bar__plus_03_dot_28_bar__minus_00_dot_70 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_00_dot_05_bar__plus_03_dot_28_bar__minus_00_dot_70 loc_bar__minus_7_bar_9_bar_0_bar_30)
        (openable Microwave_bar__plus_00_dot_05_bar__plus_03_dot_28_bar__minus_00_dot_70)
        (receptacleType Sink_bar__plus_03_dot_05_bar__plus_02_dot_63_bar__minus_03_dot_01_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_03_dot_05_bar__plus_02_dot_63_bar__minus_03_dot_01_bar_SinkBasin loc_bar__minus_2_bar__minus_8_bar_0_bar_15)
        (objectType Egg_bar__minus_02_dot_80_bar__plus_00_dot_82_bar__plus_01_dot_51 EggType)
        (pickupable Egg_bar__minus_02_dot_80_bar__plus_00_dot_82_bar__plus_01_dot_51)
        (cleanable Egg_bar__minus_02_dot_80_bar__plus_00_dot_82_bar__plus_01_dot_51)
        (heatable Egg_bar__minus_02_dot_80_bar__plus_00_dot_82_bar__plus_01_dot_51)
        (coolable Egg_bar__minus_02_dot_80_bar__plus_00_dot_82_bar__plus_01_dot_51)
        (inReceptacle Egg_bar__minus_02_dot_80_bar__plus_00_dot_82_bar__plus_01_dot_51 GarbageCan_bar__plus_00_dot_88_bar__plus_01_dot_67_bar__plus_01_dot_09)
        (objectAtLocation Egg_bar__minus_02_dot_80_bar__plus_00_dot_82_bar__plus_01_dot_51 loc_bar_7_bar_2_bar_1_bar_0)
        (objectType Cup_bar__plus_00_dot_88_bar__plus_02_dot_71_bar__minus_02_dot_86 CupType)
        (pickupable Cup_bar__plus_00_dot_88_bar__plus_02_dot_71_bar__minus_02_dot_86)
        (cleanable Cup_bar__plus_00_dot_88_bar__plus_02_dot_71_bar__minus_02_dot_86)
        (heatable Cup_bar__plus_00_dot_88_bar__plus_02_dot_71_bar__minus_02_dot_86)
        (coolable Cup_bar__plus_00_dot_88_bar__plus_02_dot_71_bar__minus_02_dot_86)
        (inReceptacle Cup_bar__plus_00_dot_88_bar__plus_02_dot_71_bar__minus_02_dot_86 CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65)
        (objectAtLocation Cup_bar__plus_00_dot_88_bar__plus_02_dot_71_bar__minus_02_dot_86 loc_bar__minus_3_bar_3_bar_0_bar_60)
        (objectType Knife_bar__minus_01_dot_77_bar__plus_01_dot_14_bar__plus_02_dot_90 KnifeType)
        (pickupable Knife_bar__minus_01_dot_77_bar__plus_01_dot_14_bar__plus_02_dot_90)
        (cleanable Knife_bar__minus_01_dot_77_bar__plus_01_dot_14_bar__plus_02_dot_90)
        (inReceptacle Knife_bar__minus_01_dot_77_bar__plus_01_dot_14_bar__plus_02_dot_90 CounterTop_bar__minus_01_dot_83_bar__plus_01_dot_04_bar__minus_01_dot_04)
        (objectAtLocation Knife_bar__minus_01_dot_77_bar__plus_01_dot_14_bar__plus_02_dot_90 loc_bar_3_bar__minus_5_bar_3_bar__minus_30)
        (objectType WineBottle_bar__minus_03_dot_46_bar__plus_02_dot_95_bar__plus_00_dot_36 WineBottleType)
        (pickupable WineBottle_bar__minus_03_dot_46_bar__plus_02_dot_95_bar__plus_00_dot_36)
        (coolable WineBottle_bar__minus_03_dot_46_bar__plus_02_dot_95_bar__plus_00_dot_36)
        (inReceptacle WineBottle_bar__minus_03_dot_46_bar__plus_02_dot_95_bar__plus_00_dot_36 Fridge_bar__plus_00_dot_96_bar__plus_01_dot_81_bar__plus_01_dot_12)
        (objectAtLocation WineBottle_bar__minus_03_dot_46_bar__plus_02_dot_95_bar__plus_00_dot_36 loc_bar__minus_1_bar__minus_7_bar_0_bar_15)
        (objectType Pot_bar__minus_00_dot_53_bar__plus_00_dot_88_bar__plus_01_dot_52 PotType)
        (pickupable Pot_bar__minus_00_dot_53_bar__plus_00_dot_88_bar__plus_01_dot_52)
        (cleanable Pot_bar__minus_00_dot_53_bar__plus_00_dot_88_bar__plus_01_dot_52)
        (coolable Pot_bar__minus_00_dot_53_bar__plus_00_dot_88_bar__plus_01_dot_52)
        (inReceptacle Pot_bar__minus_00_dot_53_bar__plus_00_dot_88_bar__plus_01_dot_52 CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65)
        (objectAtLocation Pot_bar__minus_00_dot_53_bar__plus_00_dot_88_bar__plus_01_dot_52 loc_bar__minus_3_bar_3_bar_0_bar_60)
        (objectType Ladle_bar__minus_00_dot_39_bar__plus_03_dot_41_bar__minus_01_dot_03 LadleType)
        (pickupable Ladle_bar__minus_00_dot_39_bar__plus_03_dot_41_bar__minus_01_dot_03)
        (cleanable Ladle_bar__minus_00_dot_39_bar__plus_03_dot_41_bar__minus_01_dot_03)
        (inReceptacle Ladle_bar__minus_00_dot_39_bar__plus_03_dot_41_bar__minus_01_dot_03 CounterTop_bar__minus_02_dot_56_bar__plus_02_dot_62_bar__minus_00_dot_65)
        (objectAtLocation Ladle_bar__minus_00_dot_39_bar__plus_03_dot_41_bar__minus_01_dot_03 loc_bar__minus_3_bar_3_bar_0_bar_60)
        (canContain CabinetType CupType)
        (canContain CabinetType LadleType)
        (canContain CabinetType PotType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType WineBottleType)
        (canContain FridgeType CupType)
        (canContain FridgeType EggType)
        (canContain FridgeType PotType)
        (canContain FridgeType WineBottleType)
        (canContain GarbageCanType EggType)
        (canContain GarbageCanType WineBottleType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType EggType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType LadleType)
        (canContain SinkBasinType PotType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o EggType)
                            (receptacleType ?r CounterTopType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
