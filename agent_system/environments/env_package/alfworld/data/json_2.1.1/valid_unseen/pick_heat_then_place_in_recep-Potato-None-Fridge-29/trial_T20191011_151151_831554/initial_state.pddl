(define (problem plan_trial_T20191011_151151_831554)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CupType - otype
        KnifeType - otype
        PotatoType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DiningTableType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Potato_bar__minus_01_dot_44_bar__plus_01_dot_97_bar__plus_00_dot_04 - object
        Cup_bar__minus_00_dot_76_bar__plus_01_dot_06_bar__minus_01_dot_77 - object
        WineBottle_bar__plus_02_dot_18_bar__plus_00_dot_85_bar__minus_00_dot_12 - object
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
        loc_bar_6_bar_3_bar_2_bar_0 - location
        loc_bar__minus_2_bar__minus_6_bar_0_bar_30 - location
        loc_bar__minus_5_bar__minus_1_bar_0_bar_45 - location
        loc_bar__minus_5_bar__minus_5_bar_0_bar_30 - location
        loc_bar__minus_8_bar__minus_2_bar_2_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_6_bar_3_bar_2_bar_0)
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
        (objectType Potato_bar__minus_01_dot_44_bar__plus_01_dot_97_bar__plus_00_dot_04 PotatoType)
        (pickupable Potato_bar__minus_01_dot_44_bar__plus_01_dot_97_bar__plus_00_dot_04)
        (cleanable Potato_bar__minus_01_dot_44_bar__plus_01_dot_97_bar__plus_00_dot_04)
        (heatable Potato_bar__minus_01_dot_44_bar__plus_01_dot_97_bar__plus_00_dot_04)
        (coolable Potato_bar__minus_01_dot_44_bar__plus_01_dot_97_bar__plus_00_dot_04)
        (inReceptacle Potato_bar__minus_01_dot_44_bar__plus_01_dot_97_bar__plus_00_dot_04 CounterTop_bar__plus_00_dot_71_bar__plus_00_dot_32_bar__plus_00_dot_53)
        (objectAtLocation Potato_bar__minus_01_dot_44_bar__plus_01_dot_97_bar__plus_00_dot_04 loc_bar_6_bar_3_bar_1_bar_30)
        (objectType Cup_bar__minus_00_dot_76_bar__plus_01_dot_06_bar__minus_01_dot_77 CupType)
        (pickupable Cup_bar__minus_00_dot_76_bar__plus_01_dot_06_bar__minus_01_dot_77)
        (cleanable Cup_bar__minus_00_dot_76_bar__plus_01_dot_06_bar__minus_01_dot_77)
        (heatable Cup_bar__minus_00_dot_76_bar__plus_01_dot_06_bar__minus_01_dot_77)
        (coolable Cup_bar__minus_00_dot_76_bar__plus_01_dot_06_bar__minus_01_dot_77)
        (inReceptacle Cup_bar__minus_00_dot_76_bar__plus_01_dot_06_bar__minus_01_dot_77 Microwave_bar__minus_00_dot_76_bar__plus_01_dot_22_bar__minus_01_dot_98)
        (objectAtLocation Cup_bar__minus_00_dot_76_bar__plus_01_dot_06_bar__minus_01_dot_77 loc_bar_3_bar_3_bar_1_bar_45)
        (objectType WineBottle_bar__plus_02_dot_18_bar__plus_00_dot_85_bar__minus_00_dot_12 WineBottleType)
        (pickupable WineBottle_bar__plus_02_dot_18_bar__plus_00_dot_85_bar__minus_00_dot_12)
        (coolable WineBottle_bar__plus_02_dot_18_bar__plus_00_dot_85_bar__minus_00_dot_12)
        (inReceptacle WineBottle_bar__plus_02_dot_18_bar__plus_00_dot_85_bar__minus_00_dot_12 DiningTable_bar__plus_00_dot_09_bar__plus_02_dot_77_bar__minus_02_dot_79)
        (objectAtLocation WineBottle_bar__plus_02_dot_18_bar__plus_00_dot_85_bar__minus_00_dot_12 loc_bar__minus_5_bar__minus_1_bar_0_bar_45)
        (canContain CabinetType CupType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType PotatoType)
        (canContain CounterTopType WineBottleType)
        (canContain DiningTableType CupType)
        (canContain DiningTableType PotatoType)
        (canContain DiningTableType WineBottleType)
        (canContain FridgeType CupType)
        (canContain FridgeType PotatoType)
        (canContain FridgeType WineBottleType)
        (canContain MicrowaveType CupType)
        (canContain MicrowaveType PotatoType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType PotatoType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o PotatoType)
                            (receptacleType ?r FridgeType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
