(define (problem plan_trial_T20191102_122210_213288)
    (:domain alfred)
    (:objects
        agent1 - agent
        BowlType - otype
        ButterKnifeType - otype
        EggType - otype
        KnifeType - otype
        LadleType - otype
        PotatoType - otype
        SoapBottleType - otype
        SpoonType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DiningTableType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Egg_bar__plus_03_dot_39_bar__plus_00_dot_68_bar__minus_03_dot_26 - object
        Spoon_bar__minus_01_dot_80_bar__plus_03_dot_09_bar__minus_01_dot_34 - object
        SoapBottle_bar__minus_00_dot_55_bar__plus_01_dot_43_bar__plus_02_dot_91 - object
        Ladle_bar__plus_00_dot_42_bar__plus_02_dot_33_bar__minus_00_dot_48 - object
        Potato_bar__plus_00_dot_04_bar__plus_02_dot_65_bar__minus_03_dot_42 - object
        Bowl_bar__plus_00_dot_95_bar__plus_02_dot_80_bar__minus_02_dot_04 - object
        Cabinet_bar__plus_03_dot_22_bar__plus_00_dot_14_bar__minus_03_dot_29 - receptacle
        CounterTop_bar__plus_00_dot_71_bar__plus_00_dot_32_bar__plus_00_dot_53 - receptacle
        DiningTable_bar__plus_00_dot_09_bar__plus_02_dot_77_bar__minus_02_dot_79 - receptacle
        Fridge_bar__plus_01_dot_08_bar__plus_03_dot_35_bar__minus_00_dot_79 - receptacle
        Microwave_bar__minus_00_dot_76_bar__plus_01_dot_22_bar__minus_01_dot_98 - receptacle
        Sink_bar__plus_02_dot_72_bar__plus_03_dot_44_bar__minus_02_dot_59_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_03_dot_46_bar__plus_02_dot_12_bar__plus_01_dot_07 - receptacle
        StoveBurner_bar__plus_00_dot_86_bar__plus_01_dot_72_bar__minus_00_dot_13 - receptacle
        loc_bar_0_bar__minus_5_bar_3_bar_45 - location
        loc_bar_3_bar_3_bar_1_bar_45 - location
        loc_bar_4_bar_1_bar_2_bar_30 - location
        loc_bar_6_bar_3_bar_1_bar_30 - location
        loc_bar_7_bar_2_bar_3_bar_45 - location
        loc_bar__minus_2_bar__minus_6_bar_0_bar_30 - location
        loc_bar__minus_5_bar__minus_1_bar_0_bar_45 - location
        loc_bar__minus_5_bar__minus_5_bar_0_bar_30 - location
        loc_bar__minus_8_bar__minus_2_bar_2_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_7_bar_2_bar_3_bar_45)
        (receptacleType Cabinet_bar__plus_03_dot_22_bar__plus_00_dot_14_bar__minus_03_dot_29 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_03_dot_22_bar__plus_00_dot_14_bar__minus_03_dot_29 loc_bar__minus_8_bar__minus_2_bar_2_bar_30)
        (openable Cabinet_bar__plus_03_dot_22_bar__plus_00_dot_14_bar__minus_03_dot_29)
        (receptacleType CounterTop_bar__plus_00_dot_71_bar__plus_00_dot_32_bar__plus_00_dot_53 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_71_bar__plus_00_dot_32_bar__plus_00_dot_53 loc_bar_6_bar_3_bar_1_bar_30)
        (receptacleType DiningTable_bar__plus_00_dot_09_bar__plus_02_dot_77_bar__minus_02_dot_79 DiningTableType)
        (receptacleAtLocation DiningTable_bar__plus_00_dot_09_bar__plus_02_dot_77_bar__minus_02_dot_79 loc_bar__minus_5_bar__minus_1_bar_0_bar_45)
        (receptacleType Fridge_bar__plus_01_dot_08_bar__plus_03_dot_35_bar__minus_00_dot_79 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_08_bar__plus_03_dot_35_bar__minus_00_dot_79 loc_bar__minus_2_bar__minus_6_bar_0_bar_30)
        (openable Fridge_bar__plus_01_dot_08_bar__plus_03_dot_35_bar__minus_00_dot_79)
        (receptacleType Microwave_bar__minus_00_dot_76_bar__plus_01_dot_22_bar__minus_01_dot_98 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_76_bar__plus_01_dot_22_bar__minus_01_dot_98 loc_bar_3_bar_3_bar_1_bar_45)
        (openable Microwave_bar__minus_00_dot_76_bar__plus_01_dot_22_bar__minus_01_dot_98)
        (receptacleType Sink_bar__plus_02_dot_72_bar__plus_03_dot_44_bar__minus_02_dot_59_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_02_dot_72_bar__plus_03_dot_44_bar__minus_02_dot_59_bar_SinkBasin loc_bar_4_bar_1_bar_2_bar_30)
        (receptacleType StoveBurner_bar__minus_03_dot_46_bar__plus_02_dot_12_bar__plus_01_dot_07 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_03_dot_46_bar__plus_02_dot_12_bar__plus_01_dot_07 loc_bar_0_bar__minus_5_bar_3_bar_45)
        (receptacleType StoveBurner_bar__plus_00_dot_86_bar__plus_01_dot_72_bar__minus_00_dot_13 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_00_dot_86_bar__plus_01_dot_72_bar__minus_00_dot_13 loc_bar__minus_5_bar__minus_5_bar_0_bar_30)
        (objectType Egg_bar__plus_03_dot_39_bar__plus_00_dot_68_bar__minus_03_dot_26 EggType)
        (pickupable Egg_bar__plus_03_dot_39_bar__plus_00_dot_68_bar__minus_03_dot_26)
        (cleanable Egg_bar__plus_03_dot_39_bar__plus_00_dot_68_bar__minus_03_dot_26)
        (heatable Egg_bar__plus_03_dot_39_bar__plus_00_dot_68_bar__minus_03_dot_26)
        (coolable Egg_bar__plus_03_dot_39_bar__plus_00_dot_68_bar__minus_03_dot_26)
        (inReceptacle Egg_bar__plus_03_dot_39_bar__plus_00_dot_68_bar__minus_03_dot_26 Fridge_bar__plus_01_dot_08_bar__plus_03_dot_35_bar__minus_00_dot_79)
        (objectAtLocation Egg_bar__plus_03_dot_39_bar__plus_00_dot_68_bar__minus_03_dot_26 loc_bar__minus_2_bar__minus_6_bar_0_bar_30)
        (objectType Spoon_bar__minus_01_dot_80_bar__plus_03_dot_09_bar__minus_01_dot_34 SpoonType)
        (pickupable Spoon_bar__minus_01_dot_80_bar__plus_03_dot_09_bar__minus_01_dot_34)
        (cleanable Spoon_bar__minus_01_dot_80_bar__plus_03_dot_09_bar__minus_01_dot_34)
        (inReceptacle Spoon_bar__minus_01_dot_80_bar__plus_03_dot_09_bar__minus_01_dot_34 DiningTable_bar__plus_00_dot_09_bar__plus_02_dot_77_bar__minus_02_dot_79)
        (objectAtLocation Spoon_bar__minus_01_dot_80_bar__plus_03_dot_09_bar__minus_01_dot_34 loc_bar__minus_5_bar__minus_1_bar_0_bar_45)
        (objectType SoapBottle_bar__minus_00_dot_55_bar__plus_01_dot_43_bar__plus_02_dot_91 SoapBottleType)
        (pickupable SoapBottle_bar__minus_00_dot_55_bar__plus_01_dot_43_bar__plus_02_dot_91)
        (inReceptacle SoapBottle_bar__minus_00_dot_55_bar__plus_01_dot_43_bar__plus_02_dot_91 DiningTable_bar__plus_00_dot_09_bar__plus_02_dot_77_bar__minus_02_dot_79)
        (objectAtLocation SoapBottle_bar__minus_00_dot_55_bar__plus_01_dot_43_bar__plus_02_dot_91 loc_bar__minus_5_bar__minus_1_bar_0_bar_45)
        (objectType Ladle_bar__plus_00_dot_42_bar__plus_02_dot_33_bar__minus_00_dot_48 LadleType)
        (pickupable Ladle_bar__plus_00_dot_42_bar__plus_02_dot_33_bar__minus_00_dot_48)
        (cleanable Ladle_bar__plus_00_dot_42_bar__plus_02_dot_33_bar__minus_00_dot_48)
        (inReceptacle Ladle_bar__plus_00_dot_42_bar__plus_02_dot_33_bar__minus_00_dot_48 Cabinet_bar__plus_03_dot_22_bar__plus_00_dot_14_bar__minus_03_dot_29)
        (objectAtLocation Ladle_bar__plus_00_dot_42_bar__plus_02_dot_33_bar__minus_00_dot_48 loc_bar__minus_8_bar__minus_2_bar_2_bar_30)
        (objectType Potato_bar__plus_00_dot_04_bar__plus_02_dot_65_bar__minus_03_dot_42 PotatoType)
        (pickupable Potato_bar__plus_00_dot_04_bar__plus_02_dot_65_bar__minus_03_dot_42)
        (cleanable Potato_bar__plus_00_dot_04_bar__plus_02_dot_65_bar__minus_03_dot_42)
        (heatable Potato_bar__plus_00_dot_04_bar__plus_02_dot_65_bar__minus_03_dot_42)
        (coolable Potato_bar__plus_00_dot_04_bar__plus_02_dot_65_bar__minus_03_dot_42)
        (inReceptacle Potato_bar__plus_00_dot_04_bar__plus_02_dot_65_bar__minus_03_dot_42 Microwave_bar__minus_00_dot_76_bar__plus_01_dot_22_bar__minus_01_dot_98)
        (objectAtLocation Potato_bar__plus_00_dot_04_bar__plus_02_dot_65_bar__minus_03_dot_42 loc_bar_3_bar_3_bar_1_bar_45)
        (objectType Bowl_bar__plus_00_dot_95_bar__plus_02_dot_80_bar__minus_02_dot_04 BowlType)
        (pickupable Bowl_bar__plus_00_dot_95_bar__plus_02_dot_80_bar__minus_02_dot_04)
        (cleanable Bowl_bar__plus_00_dot_95_bar__plus_02_dot_80_bar__minus_02_dot_04)
        (coolable Bowl_bar__plus_00_dot_95_bar__plus_02_dot_80_bar__minus_02_dot_04)
        (inReceptacle Bowl_bar__plus_00_dot_95_bar__plus_02_dot_80_bar__minus_02_dot_04 Sink_bar__plus_02_dot_72_bar__plus_03_dot_44_bar__minus_02_dot_59_bar_SinkBasin)
        (objectAtLocation Bowl_bar__plus_00_dot_95_bar__plus_02_dot_80_bar__minus_02_dot_04 loc_bar_4_bar_1_bar_2_bar_30)
        (canContain CabinetType BowlType)
        (canContain CabinetType LadleType)
        (canContain CabinetType SoapBottleType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType PotatoType)
        (canContain CounterTopType SoapBottleType)
        (canContain CounterTopType SpoonType)
        (canContain DiningTableType BowlType)
        (canContain DiningTableType EggType)
        (canContain DiningTableType LadleType)
        (canContain DiningTableType PotatoType)
        (canContain DiningTableType SoapBottleType)
        (canContain DiningTableType SpoonType)
        (canContain FridgeType BowlType)
        (canContain FridgeType EggType)
        (canContain FridgeType PotatoType)
        (canContain MicrowaveType BowlType)
        (canContain MicrowaveType EggType)
        (canContain MicrowaveType PotatoType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType LadleType)
        (canContain SinkBasinType PotatoType)
        (canContain SinkBasinType SpoonType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o EggType)
                            (receptacleType ?r DiningTableType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
