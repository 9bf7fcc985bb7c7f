(define (problem plan_trial_T20191225_235035_311974)
    (:domain alfred)
    (:objects
        agent1 - agent
        BowlType - otype
        BreadType - otype
        ButterKnifeType - otype
        EggType - otype
        KnifeType - otype
        SpatulaType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Knife_bar__minus_00_dot_12_bar__plus_02_dot_31_bar__plus_00_dot_80 - object
        Knife_bar__minus_00_dot_09_bar__plus_01_dot_93_bar__plus_02_dot_55 - object
        Bowl_bar__plus_02_dot_19_bar__plus_00_dot_49_bar__minus_02_dot_19 - object
        Egg_bar__minus_00_dot_81_bar__plus_01_dot_98_bar__plus_02_dot_79 - object
        Spatula_bar__minus_02_dot_74_bar__plus_00_dot_25_bar__plus_00_dot_28 - object
        ButterKnife_bar__plus_01_dot_70_bar__plus_02_dot_37_bar__plus_01_dot_77 - object
        Bread_bar__plus_03_dot_42_bar__plus_02_dot_96_bar__plus_01_dot_80 - object
        Cabinet_bar__minus_01_dot_27_bar__plus_02_dot_22_bar__plus_01_dot_99 - receptacle
        Cabinet_bar__plus_03_dot_05_bar__plus_02_dot_46_bar__minus_01_dot_27 - receptacle
        Cabinet_bar__plus_03_dot_43_bar__plus_01_dot_63_bar__plus_02_dot_34 - receptacle
        CounterTop_bar__minus_01_dot_96_bar__plus_00_dot_06_bar__plus_00_dot_80 - receptacle
        Fridge_bar__plus_01_dot_73_bar__plus_02_dot_66_bar__plus_02_dot_79 - receptacle
        GarbageCan_bar__plus_00_dot_16_bar__plus_01_dot_44_bar__plus_03_dot_31 - receptacle
        Microwave_bar__minus_00_dot_50_bar__plus_01_dot_07_bar__plus_00_dot_04 - receptacle
        Sink_bar__minus_02_dot_11_bar__plus_00_dot_98_bar__plus_03_dot_32_bar_SinkBasin - receptacle
        loc_bar_3_bar__minus_5_bar_0_bar_30 - location
        loc_bar_4_bar_4_bar_0_bar__minus_30 - location
        loc_bar_4_bar__minus_6_bar_1_bar__minus_30 - location
        loc_bar_5_bar__minus_5_bar_0_bar_45 - location
        loc_bar_6_bar__minus_3_bar_2_bar_45 - location
        loc_bar_9_bar_6_bar_1_bar_15 - location
        loc_bar__minus_1_bar__minus_8_bar_3_bar__minus_30 - location
        loc_bar__minus_7_bar__minus_5_bar_2_bar_45 - location
        loc_bar__minus_7_bar__minus_8_bar_0_bar_45 - location
    )
    (:init
        (atLocation agent1 loc_bar_3_bar__minus_5_bar_0_bar_30)
        (receptacleType Cabinet_bar__minus_01_dot_27_bar__plus_02_dot_22_bar__plus_01_dot_99 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_27_bar__plus_02_dot_22_bar__plus_01_dot_99 loc_bar_6_bar__minus_3_bar_2_bar_45)
        (openable Cabinet_bar__minus_01_dot_27_bar__plus_02_dot_22_bar__plus_01_dot_99)
        (receptacleType Cabinet_bar__plus_03_dot_05_bar__plus_02_dot_46_bar__minus_01_dot_27 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_03_dot_05_bar__plus_02_dot_46_bar__minus_01_dot_27 loc_bar_5_bar__minus_5_bar_0_bar_45)
        (openable Cabinet_bar__plus_03_dot_05_bar__plus_02_dot_46_bar__minus_01_dot_27)
        (receptacleType Cabinet_bar__plus_03_dot_43_bar__plus_01_dot_63_bar__plus_02_dot_34 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_03_dot_43_bar__plus_01_dot_63_bar__plus_02_dot_34 loc_bar__minus_1_bar__minus_8_bar_3_bar__minus_30)
        (openable Cabinet_bar__plus_03_dot_43_bar__plus_01_dot_63_bar__plus_02_dot_34)
        (receptacleType CounterTop_bar__minus_01_dot_96_bar__plus_00_dot_06_bar__plus_00_dot_80 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_96_bar__plus_00_dot_06_bar__plus_00_dot_80 loc_bar_9_bar_6_bar_1_bar_15)
        (receptacleType Fridge_bar__plus_01_dot_73_bar__plus_02_dot_66_bar__plus_02_dot_79 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_73_bar__plus_02_dot_66_bar__plus_02_dot_79 loc_bar_4_bar__minus_6_bar_1_bar__minus_30)
        (openable Fridge_bar__plus_01_dot_73_bar__plus_02_dot_66_bar__plus_02_dot_79)
        (receptacleType GarbageCan_bar__plus_00_dot_16_bar__plus_01_dot_44_bar__plus_03_dot_31 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__plus_00_dot_16_bar__plus_01_dot_44_bar__plus_03_dot_31 loc_bar__minus_7_bar__minus_5_bar_2_bar_45)
        (receptacleType Microwave_bar__minus_00_dot_50_bar__plus_01_dot_07_bar__plus_00_dot_04 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_50_bar__plus_01_dot_07_bar__plus_00_dot_04 loc_bar_4_bar_4_bar_0_bar__minus_30)
        (openable Microwave_bar__minus_00_dot_50_bar__plus_01_dot_07_bar__plus_00_dot_04)
        (receptacleType Sink_bar__minus_02_dot_11_bar__plus_00_dot_98_bar__plus_03_dot_32_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_02_dot_11_bar__plus_00_dot_98_bar__plus_03_dot_32_bar_SinkBasin loc_bar__minus_7_bar__minus_8_bar_0_bar_45)
        (objectType Knife_bar__minus_00_dot_12_bar__plus_02_dot_31_bar__plus_00_dot_80 KnifeType)
        (pickupable Knife_bar__minus_00_dot_12_bar__plus_02_dot_31_bar__plus_00_dot_80)
        (cleanable Knife_bar__minus_00_dot_12_bar__plus_02_dot_31_bar__plus_00_dot_80)
        (inReceptacle Knife_bar__minus_00_dot_12_bar__plus_02_dot_31_bar__plus_00_dot_80 Sink_bar__minus_02_dot_11_bar__plus_00_dot_98_bar__plus_03_dot_32_bar_SinkBasin)
        (objectAtLocation Knife_bar__minus_00_dot_12_bar__plus_02_dot_31_bar__plus_00_dot_80 loc_bar__minus_7_bar__minus_8_bar_0_bar_45)
        (objectType Knife_bar__minus_00_dot_09_bar__plus_01_dot_93_bar__plus_02_dot_55 KnifeType)
        (pickupable Knife_bar__minus_00_dot_09_bar__plus_01_dot_93_bar__plus_02_dot_55)
        (cleanable Knife_bar__minus_00_dot_09_bar__plus_01_dot_93_bar__plus_02_dot_55)
        (inReceptacle Knife_bar__minus_00_dot_09_bar__plus_01_dot_93_bar__plus_02_dot_55 Sink_bar__minus_02_dot_11_bar__plus_00_dot_98_bar__plus_03_dot_32_bar_SinkBasin)
        (objectAtLocation Knife_bar__minus_00_dot_09_bar__plus_01_dot_93_bar__plus_02_dot_55 loc_bar__minus_7_bar__minus_8_bar_0_bar_45)
        (objectType Bowl_bar__plus_02_dot_19_bar__plus_00_dot_49_bar__minus_02_dot_19 BowlType)
        (pickupable Bowl_bar__plus_02_dot_19_bar__plus_00_dot_49_bar__minus_02_dot_19)
        (cleanable Bowl_bar__plus_02_dot_19_bar__plus_00_dot_49_bar__minus_02_dot_19)
        (coolable Bowl_bar__plus_02_dot_19_bar__plus_00_dot_49_bar__minus_02_dot_19)
        (inReceptacle Bowl_bar__plus_02_dot_19_bar__plus_00_dot_49_bar__minus_02_dot_19 Fridge_bar__plus_01_dot_73_bar__plus_02_dot_66_bar__plus_02_dot_79)
        (objectAtLocation Bowl_bar__plus_02_dot_19_bar__plus_00_dot_49_bar__minus_02_dot_19 loc_bar_4_bar__minus_6_bar_1_bar__minus_30)
        (objectType Egg_bar__minus_00_dot_81_bar__plus_01_dot_98_bar__plus_02_dot_79 EggType)
        (pickupable Egg_bar__minus_00_dot_81_bar__plus_01_dot_98_bar__plus_02_dot_79)
        (cleanable Egg_bar__minus_00_dot_81_bar__plus_01_dot_98_bar__plus_02_dot_79)
        (heatable Egg_bar__minus_00_dot_81_bar__plus_01_dot_98_bar__plus_02_dot_79)
        (coolable Egg_bar__minus_00_dot_81_bar__plus_01_dot_98_bar__plus_02_dot_79)
        (inReceptacle Egg_bar__minus_00_dot_81_bar__plus_01_dot_98_bar__plus_02_dot_79 GarbageCan_bar__plus_00_dot_16_bar__plus_01_dot_44_bar__plus_03_dot_31)
        (objectAtLocation Egg_bar__minus_00_dot_81_bar__plus_01_dot_98_bar__plus_02_dot_79 loc_bar__minus_7_bar__minus_5_bar_2_bar_45)
        (objectType Spatula_bar__minus_02_dot_74_bar__plus_00_dot_25_bar__plus_00_dot_28 SpatulaType)
        (pickupable Spatula_bar__minus_02_dot_74_bar__plus_00_dot_25_bar__plus_00_dot_28)
        (cleanable Spatula_bar__minus_02_dot_74_bar__plus_00_dot_25_bar__plus_00_dot_28)
        (inReceptacle Spatula_bar__minus_02_dot_74_bar__plus_00_dot_25_bar__plus_00_dot_28 Sink_bar__minus_02_dot_11_bar__plus_00_dot_98_bar__plus_03_dot_32_bar_SinkBasin)
        (objectAtLocation Spatula_bar__minus_02_dot_74_bar__plus_00_dot_25_bar__plus_00_dot_28 loc_bar__minus_7_bar__minus_8_bar_0_bar_45)
        (objectType ButterKnife_bar__plus_01_dot_70_bar__plus_02_dot_37_bar__plus_01_dot_77 ButterKnifeType)
        (pickupable ButterKnife_bar__plus_01_dot_70_bar__plus_02_dot_37_bar__plus_01_dot_77)
        (cleanable ButterKnife_bar__plus_01_dot_70_bar__plus_02_dot_37_bar__plus_01_dot_77)
        (inReceptacle ButterKnife_bar__plus_01_dot_70_bar__plus_02_dot_37_bar__plus_01_dot_77 Sink_bar__minus_02_dot_11_bar__plus_00_dot_98_bar__plus_03_dot_32_bar_SinkBasin)
        (objectAtLocation ButterKnife_bar__plus_01_dot_70_bar__plus_02_dot_37_bar__plus_01_dot_77 loc_bar__minus_7_bar__minus_8_bar_0_bar_45)
        (objectType Bread_bar__plus_03_dot_42_bar__plus_02_dot_96_bar__plus_01_dot_80 BreadType)
        (pickupable Bread_bar__plus_03_dot_42_bar__plus_02_dot_96_bar__plus_01_dot_80)
        (heatable Bread_bar__plus_03_dot_42_bar__plus_02_dot_96_bar__plus_01_dot_80)
        (coolable Bread_bar__plus_03_dot_42_bar__plus_02_dot_96_bar__plus_01_dot_80)
        (inReceptacle Bread_bar__plus_03_dot_42_bar__plus_02_dot_96_bar__plus_01_dot_80 Microwave_bar__minus_00_dot_50_bar__plus_01_dot_07_bar__plus_00_dot_04)
        (objectAtLocation Bread_bar__plus_03_dot_42_bar__plus_02_dot_96_bar__plus_01_dot_80 loc_bar_4_bar_4_bar_0_bar__minus_30)
        (canContain CabinetType BowlType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType BreadType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType SpatulaType)
        (canContain FridgeType BowlType)
        (canContain FridgeType BreadType)
        (canContain FridgeType EggType)
        (canContain GarbageCanType BreadType)
        (canContain GarbageCanType EggType)
        (canContain MicrowaveType BowlType)
        (canContain MicrowaveType BreadType)
        (canContain MicrowaveType EggType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType SpatulaType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o KnifeType)
                            (receptacleType ?r CounterTopType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
