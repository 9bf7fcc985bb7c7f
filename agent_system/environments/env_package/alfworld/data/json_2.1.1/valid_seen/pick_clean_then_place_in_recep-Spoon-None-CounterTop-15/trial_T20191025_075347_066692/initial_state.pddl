(define (problem plan_trial_T20191025_075347_066692)
    (:domain alfred)
    (:objects
        agent1 - agent
        AppleType - otype
        BowlType - otype
        ButterKnifeType - otype
        ForkType - otype
        KettleType - otype
        KnifeType - otype
        SpoonType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        Spoon_bar__minus_03_dot_49_bar__plus_00_dot_16_bar__minus_03_dot_25 - object
        Knife_bar__plus_00_dot_15_bar__plus_02_dot_68_bar__plus_02_dot_41 - object
        Bowl_bar__plus_02_dot_48_bar__plus_00_dot_21_bar__plus_00_dot_40 - object
        Kettle_bar__minus_03_dot_49_bar__plus_03_dot_31_bar__minus_02_dot_97 - object
        Apple_bar__plus_02_dot_85_bar__plus_01_dot_67_bar__minus_02_dot_82 - object
        Fork_bar__plus_00_dot_92_bar__plus_01_dot_48_bar__plus_00_dot_54 - object
        Cabinet_bar__minus_03_dot_42_bar__plus_01_dot_43_bar__plus_00_dot_07 - receptacle
        Cabinet_bar__plus_02_dot_02_bar__plus_00_dot_17_bar__minus_02_dot_29 - receptacle
        Cabinet_bar__plus_00_dot_75_bar__plus_02_dot_42_bar__minus_02_dot_93 - receptacle
        CounterTop_bar__minus_01_dot_42_bar__plus_02_dot_38_bar__minus_03_dot_24 - receptacle
        Fridge_bar__plus_02_dot_16_bar__plus_01_dot_35_bar__plus_02_dot_42 - receptacle
        Microwave_bar__plus_02_dot_96_bar__plus_02_dot_28_bar__minus_01_dot_33 - receptacle
        Shelf_bar__minus_00_dot_59_bar__plus_03_dot_09_bar__minus_01_dot_82 - receptacle
        Sink_bar__plus_00_dot_86_bar__plus_02_dot_33_bar__plus_02_dot_31_bar_SinkBasin - receptacle
        loc_bar_0_bar_6_bar_2_bar_0 - location
        loc_bar_2_bar__minus_9_bar_0_bar_45 - location
        loc_bar_3_bar__minus_1_bar_3_bar_30 - location
        loc_bar_9_bar_9_bar_1_bar__minus_30 - location
        loc_bar__minus_2_bar__minus_1_bar_3_bar_15 - location
        loc_bar__minus_4_bar_2_bar_1_bar_30 - location
        loc_bar__minus_4_bar__minus_9_bar_1_bar_60 - location
        loc_bar__minus_5_bar__minus_9_bar_2_bar_15 - location
        loc_bar__minus_7_bar_2_bar_1_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar_0_bar_6_bar_2_bar_0)
        (receptacleType Cabinet_bar__minus_03_dot_42_bar__plus_01_dot_43_bar__plus_00_dot_07 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_03_dot_42_bar__plus_01_dot_43_bar__plus_00_dot_07 loc_bar__minus_4_bar_2_bar_1_bar_30)
        (openable Cabinet_bar__minus_03_dot_42_bar__plus_01_dot_43_bar__plus_00_dot_07)
        (receptacleType Cabinet_bar__plus_02_dot_02_bar__plus_00_dot_17_bar__minus_02_dot_29 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_02_bar__plus_00_dot_17_bar__minus_02_dot_29 loc_bar__minus_2_bar__minus_1_bar_3_bar_15)
        (openable Cabinet_bar__plus_02_dot_02_bar__plus_00_dot_17_bar__minus_02_dot_29)
        (receptacleType Cabinet_bar__plus_00_dot_75_bar__plus_02_dot_42_bar__minus_02_dot_93 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_75_bar__plus_02_dot_42_bar__minus_02_dot_93 loc_bar__minus_5_bar__minus_9_bar_2_bar_15)
        (openable Cabinet_bar__plus_00_dot_75_bar__plus_02_dot_42_bar__minus_02_dot_93)
        (receptacleType CounterTop_bar__minus_01_dot_42_bar__plus_02_dot_38_bar__minus_03_dot_24 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_42_bar__plus_02_dot_38_bar__minus_03_dot_24 loc_bar_3_bar__minus_1_bar_3_bar_30)
        (receptacleType Fridge_bar__plus_02_dot_16_bar__plus_01_dot_35_bar__plus_02_dot_42 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_16_bar__plus_01_dot_35_bar__plus_02_dot_42 loc_bar__minus_4_bar__minus_9_bar_1_bar_60)
        (openable Fridge_bar__plus_02_dot_16_bar__plus_01_dot_35_bar__plus_02_dot_42)
        (receptacleType Microwave_bar__plus_02_dot_96_bar__plus_02_dot_28_bar__minus_01_dot_33 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_02_dot_96_bar__plus_02_dot_28_bar__minus_01_dot_33 loc_bar_9_bar_9_bar_1_bar__minus_30)
        (openable Microwave_bar__plus_02_dot_96_bar__plus_02_dot_28_bar__minus_01_dot_33)
        (receptacleType Shelf_bar__minus_00_dot_59_bar__plus_03_dot_09_bar__minus_01_dot_82 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_59_bar__plus_03_dot_09_bar__minus_01_dot_82 loc_bar_2_bar__minus_9_bar_0_bar_45)
        (receptacleType Sink_bar__plus_00_dot_86_bar__plus_02_dot_33_bar__plus_02_dot_31_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_00_dot_86_bar__plus_02_dot_33_bar__plus_02_dot_31_bar_SinkBasin loc_bar__minus_7_bar_2_bar_1_bar_60)
        (objectType Spoon_bar__minus_03_dot_49_bar__plus_00_dot_16_bar__minus_03_dot_25 SpoonType)
        (pickupable Spoon_bar__minus_03_dot_49_bar__plus_00_dot_16_bar__minus_03_dot_25)
        (cleanable Spoon_bar__minus_03_dot_49_bar__plus_00_dot_16_bar__minus_03_dot_25)
        (inReceptacle Spoon_bar__minus_03_dot_49_bar__plus_00_dot_16_bar__minus_03_dot_25 Sink_bar__plus_00_dot_86_bar__plus_02_dot_33_bar__plus_02_dot_31_bar_SinkBasin)
        (objectAtLocation Spoon_bar__minus_03_dot_49_bar__plus_00_dot_16_bar__minus_03_dot_25 loc_bar__minus_7_bar_2_bar_1_bar_60)
        (objectType Knife_bar__plus_00_dot_15_bar__plus_02_dot_68_bar__plus_02_dot_41 KnifeType)
        (pickupable Knife_bar__plus_00_dot_15_bar__plus_02_dot_68_bar__plus_02_dot_41)
        (cleanable Knife_bar__plus_00_dot_15_bar__plus_02_dot_68_bar__plus_02_dot_41)
        (inReceptacle Knife_bar__plus_00_dot_15_bar__plus_02_dot_68_bar__plus_02_dot_41 CounterTop_bar__minus_01_dot_42_bar__plus_02_dot_38_bar__minus_03_dot_24)
        (objectAtLocation Knife_bar__plus_00_dot_15_bar__plus_02_dot_68_bar__plus_02_dot_41 loc_bar_3_bar__minus_1_bar_3_bar_30)
        (objectType Bowl_bar__plus_02_dot_48_bar__plus_00_dot_21_bar__plus_00_dot_40 BowlType)
        (pickupable Bowl_bar__plus_02_dot_48_bar__plus_00_dot_21_bar__plus_00_dot_40)
        (cleanable Bowl_bar__plus_02_dot_48_bar__plus_00_dot_21_bar__plus_00_dot_40)
        (coolable Bowl_bar__plus_02_dot_48_bar__plus_00_dot_21_bar__plus_00_dot_40)
        (inReceptacle Bowl_bar__plus_02_dot_48_bar__plus_00_dot_21_bar__plus_00_dot_40 Sink_bar__plus_00_dot_86_bar__plus_02_dot_33_bar__plus_02_dot_31_bar_SinkBasin)
        (objectAtLocation Bowl_bar__plus_02_dot_48_bar__plus_00_dot_21_bar__plus_00_dot_40 loc_bar__minus_7_bar_2_bar_1_bar_60)
        (objectType Kettle_bar__minus_03_dot_49_bar__plus_03_dot_31_bar__minus_02_dot_97 KettleType)
        (pickupable Kettle_bar__minus_03_dot_49_bar__plus_03_dot_31_bar__minus_02_dot_97)
        (cleanable Kettle_bar__minus_03_dot_49_bar__plus_03_dot_31_bar__minus_02_dot_97)
        (inReceptacle Kettle_bar__minus_03_dot_49_bar__plus_03_dot_31_bar__minus_02_dot_97 Cabinet_bar__plus_02_dot_02_bar__plus_00_dot_17_bar__minus_02_dot_29)
        (objectAtLocation Kettle_bar__minus_03_dot_49_bar__plus_03_dot_31_bar__minus_02_dot_97 loc_bar__minus_2_bar__minus_1_bar_3_bar_15)
        (objectType Apple_bar__plus_02_dot_85_bar__plus_01_dot_67_bar__minus_02_dot_82 AppleType)
        (pickupable Apple_bar__plus_02_dot_85_bar__plus_01_dot_67_bar__minus_02_dot_82)
        (cleanable Apple_bar__plus_02_dot_85_bar__plus_01_dot_67_bar__minus_02_dot_82)
        (heatable Apple_bar__plus_02_dot_85_bar__plus_01_dot_67_bar__minus_02_dot_82)
        (coolable Apple_bar__plus_02_dot_85_bar__plus_01_dot_67_bar__minus_02_dot_82)
        (inReceptacle Apple_bar__plus_02_dot_85_bar__plus_01_dot_67_bar__minus_02_dot_82 CounterTop_bar__minus_01_dot_42_bar__plus_02_dot_38_bar__minus_03_dot_24)
        (objectAtLocation Apple_bar__plus_02_dot_85_bar__plus_01_dot_67_bar__minus_02_dot_82 loc_bar_3_bar__minus_1_bar_3_bar_30)
        (objectType Fork_bar__plus_00_dot_92_bar__plus_01_dot_48_bar__plus_00_dot_54 ForkType)
        (pickupable Fork_bar__plus_00_dot_92_bar__plus_01_dot_48_bar__plus_00_dot_54)
        (cleanable Fork_bar__plus_00_dot_92_bar__plus_01_dot_48_bar__plus_00_dot_54)
        (inReceptacle Fork_bar__plus_00_dot_92_bar__plus_01_dot_48_bar__plus_00_dot_54 Sink_bar__plus_00_dot_86_bar__plus_02_dot_33_bar__plus_02_dot_31_bar_SinkBasin)
        (objectAtLocation Fork_bar__plus_00_dot_92_bar__plus_01_dot_48_bar__plus_00_dot_54 loc_bar__minus_7_bar_2_bar_1_bar_60)
        (canContain CabinetType BowlType)
        (canContain CabinetType KettleType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType BowlType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType KettleType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType SpoonType)
        (canContain FridgeType AppleType)
        (canContain FridgeType BowlType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType BowlType)
        (canContain ShelfType BowlType)
        (canContain ShelfType KettleType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType BowlType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType KettleType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType SpoonType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o SpoonType)
                            (receptacleType ?r CounterTopType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
