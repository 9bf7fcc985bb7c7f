(define (problem plan_trial_T20190607_013830_246465)
    (:domain alfred)
    (:objects
        agent1 - agent
        AppleType - otype
        ButterKnifeType - otype
        ForkType - otype
        KnifeType - otype
        LadleType - otype
        MugType - otype
        PotatoType - otype
        SaltShakerType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        Mug_bar__plus_02_dot_69_bar__plus_02_dot_28_bar__minus_02_dot_98 - object
        SaltShaker_bar__plus_00_dot_38_bar__plus_03_dot_05_bar__plus_01_dot_23 - object
        Potato_bar__minus_03_dot_45_bar__plus_02_dot_90_bar__plus_00_dot_68 - object
        Fork_bar__minus_01_dot_36_bar__plus_01_dot_65_bar__minus_01_dot_67 - object
        Apple_bar__minus_01_dot_13_bar__plus_01_dot_28_bar__minus_00_dot_33 - object
        Ladle_bar__minus_00_dot_33_bar__plus_02_dot_04_bar__minus_00_dot_66 - object
        Cabinet_bar__minus_03_dot_17_bar__plus_02_dot_58_bar__minus_02_dot_56 - receptacle
        CounterTop_bar__minus_00_dot_72_bar__plus_03_dot_06_bar__plus_02_dot_16 - receptacle
        CounterTop_bar__minus_00_dot_71_bar__plus_03_dot_09_bar__minus_03_dot_18 - receptacle
        Fridge_bar__plus_01_dot_25_bar__plus_02_dot_02_bar__minus_03_dot_32 - receptacle
        Microwave_bar__plus_03_dot_08_bar__plus_00_dot_96_bar__minus_02_dot_26 - receptacle
        Shelf_bar__minus_00_dot_79_bar__plus_01_dot_42_bar__plus_02_dot_10 - receptacle
        Sink_bar__plus_00_dot_86_bar__plus_00_dot_77_bar__plus_02_dot_81_bar_SinkBasin - receptacle
        loc_bar_0_bar__minus_1_bar_3_bar_45 - location
        loc_bar_4_bar__minus_9_bar_2_bar_45 - location
        loc_bar_5_bar_6_bar_1_bar_30 - location
        loc_bar__minus_2_bar_2_bar_1_bar_15 - location
        loc_bar__minus_4_bar__minus_3_bar_2_bar__minus_30 - location
        loc_bar__minus_5_bar_5_bar_1_bar_0 - location
        loc_bar__minus_5_bar__minus_4_bar_0_bar_30 - location
        loc_bar__minus_9_bar__minus_5_bar_3_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_2_bar_2_bar_1_bar_15)
        (receptacleType Cabinet_bar__minus_03_dot_17_bar__plus_02_dot_58_bar__minus_02_dot_56 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_03_dot_17_bar__plus_02_dot_58_bar__minus_02_dot_56 loc_bar__minus_5_bar__minus_4_bar_0_bar_30)
        (openable Cabinet_bar__minus_03_dot_17_bar__plus_02_dot_58_bar__minus_02_dot_56)
        (receptacleType CounterTop_bar__minus_00_dot_72_bar__plus_03_dot_06_bar__plus_02_dot_16 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_72_bar__plus_03_dot_06_bar__plus_02_dot_16 loc_bar__minus_4_bar__minus_3_bar_2_bar__minus_30)
        (receptacleType CounterTop_bar__minus_00_dot_71_bar__plus_03_dot_09_bar__minus_03_dot_18 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_00_dot_71_bar__plus_03_dot_09_bar__minus_03_dot_18 loc_bar__minus_9_bar__minus_5_bar_3_bar_60)
        (receptacleType Fridge_bar__plus_01_dot_25_bar__plus_02_dot_02_bar__minus_03_dot_32 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_01_dot_25_bar__plus_02_dot_02_bar__minus_03_dot_32 loc_bar_0_bar__minus_1_bar_3_bar_45)
        (openable Fridge_bar__plus_01_dot_25_bar__plus_02_dot_02_bar__minus_03_dot_32)
        (receptacleType Microwave_bar__plus_03_dot_08_bar__plus_00_dot_96_bar__minus_02_dot_26 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_03_dot_08_bar__plus_00_dot_96_bar__minus_02_dot_26 loc_bar_4_bar__minus_9_bar_2_bar_45)
        (openable Microwave_bar__plus_03_dot_08_bar__plus_00_dot_96_bar__minus_02_dot_26)
        (receptacleType Shelf_bar__minus_00_dot_79_bar__plus_01_dot_42_bar__plus_02_dot_10 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_00_dot_79_bar__plus_01_dot_42_bar__plus_02_dot_10 loc_bar_5_bar_6_bar_1_bar_30)
        (receptacleType Sink_bar__plus_00_dot_86_bar__plus_00_dot_77_bar__plus_02_dot_81_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_00_dot_86_bar__plus_00_dot_77_bar__plus_02_dot_81_bar_SinkBasin loc_bar__minus_5_bar_5_bar_1_bar_0)
        (objectType Mug_bar__plus_02_dot_69_bar__plus_02_dot_28_bar__minus_02_dot_98 MugType)
        (pickupable Mug_bar__plus_02_dot_69_bar__plus_02_dot_28_bar__minus_02_dot_98)
        (cleanable Mug_bar__plus_02_dot_69_bar__plus_02_dot_28_bar__minus_02_dot_98)
        (heatable Mug_bar__plus_02_dot_69_bar__plus_02_dot_28_bar__minus_02_dot_98)
        (coolable Mug_bar__plus_02_dot_69_bar__plus_02_dot_28_bar__minus_02_dot_98)
        (inReceptacle Mug_bar__plus_02_dot_69_bar__plus_02_dot_28_bar__minus_02_dot_98 Microwave_bar__plus_03_dot_08_bar__plus_00_dot_96_bar__minus_02_dot_26)
        (objectAtLocation Mug_bar__plus_02_dot_69_bar__plus_02_dot_28_bar__minus_02_dot_98 loc_bar_4_bar__minus_9_bar_2_bar_45)
        (objectType SaltShaker_bar__plus_00_dot_38_bar__plus_03_dot_05_bar__plus_01_dot_23 SaltShakerType)
        (pickupable SaltShaker_bar__plus_00_dot_38_bar__plus_03_dot_05_bar__plus_01_dot_23)
        (inReceptacle SaltShaker_bar__plus_00_dot_38_bar__plus_03_dot_05_bar__plus_01_dot_23 CounterTop_bar__minus_00_dot_72_bar__plus_03_dot_06_bar__plus_02_dot_16)
        (objectAtLocation SaltShaker_bar__plus_00_dot_38_bar__plus_03_dot_05_bar__plus_01_dot_23 loc_bar__minus_4_bar__minus_3_bar_2_bar__minus_30)
        (objectType Potato_bar__minus_03_dot_45_bar__plus_02_dot_90_bar__plus_00_dot_68 PotatoType)
        (pickupable Potato_bar__minus_03_dot_45_bar__plus_02_dot_90_bar__plus_00_dot_68)
        (cleanable Potato_bar__minus_03_dot_45_bar__plus_02_dot_90_bar__plus_00_dot_68)
        (heatable Potato_bar__minus_03_dot_45_bar__plus_02_dot_90_bar__plus_00_dot_68)
        (coolable Potato_bar__minus_03_dot_45_bar__plus_02_dot_90_bar__plus_00_dot_68)
        (inReceptacle Potato_bar__minus_03_dot_45_bar__plus_02_dot_90_bar__plus_00_dot_68 Fridge_bar__plus_01_dot_25_bar__plus_02_dot_02_bar__minus_03_dot_32)
        (objectAtLocation Potato_bar__minus_03_dot_45_bar__plus_02_dot_90_bar__plus_00_dot_68 loc_bar_0_bar__minus_1_bar_3_bar_45)
        (objectType Fork_bar__minus_01_dot_36_bar__plus_01_dot_65_bar__minus_01_dot_67 ForkType)
        (pickupable Fork_bar__minus_01_dot_36_bar__plus_01_dot_65_bar__minus_01_dot_67)
        (cleanable Fork_bar__minus_01_dot_36_bar__plus_01_dot_65_bar__minus_01_dot_67)
        (inReceptacle Fork_bar__minus_01_dot_36_bar__plus_01_dot_65_bar__minus_01_dot_67 CounterTop_bar__minus_00_dot_71_bar__plus_03_dot_09_bar__minus_03_dot_18)
        (objectAtLocation Fork_bar__minus_01_dot_36_bar__plus_01_dot_65_bar__minus_01_dot_67 loc_bar__minus_9_bar__minus_5_bar_3_bar_60)
        (objectType Apple_bar__minus_01_dot_13_bar__plus_01_dot_28_bar__minus_00_dot_33 AppleType)
        (pickupable Apple_bar__minus_01_dot_13_bar__plus_01_dot_28_bar__minus_00_dot_33)
        (cleanable Apple_bar__minus_01_dot_13_bar__plus_01_dot_28_bar__minus_00_dot_33)
        (heatable Apple_bar__minus_01_dot_13_bar__plus_01_dot_28_bar__minus_00_dot_33)
        (coolable Apple_bar__minus_01_dot_13_bar__plus_01_dot_28_bar__minus_00_dot_33)
        (inReceptacle Apple_bar__minus_01_dot_13_bar__plus_01_dot_28_bar__minus_00_dot_33 Sink_bar__plus_00_dot_86_bar__plus_00_dot_77_bar__plus_02_dot_81_bar_SinkBasin)
        (objectAtLocation Apple_bar__minus_01_dot_13_bar__plus_01_dot_28_bar__minus_00_dot_33 loc_bar__minus_5_bar_5_bar_1_bar_0)
        (objectType Ladle_bar__minus_00_dot_33_bar__plus_02_dot_04_bar__minus_00_dot_66 LadleType)
        (pickupable Ladle_bar__minus_00_dot_33_bar__plus_02_dot_04_bar__minus_00_dot_66)
        (cleanable Ladle_bar__minus_00_dot_33_bar__plus_02_dot_04_bar__minus_00_dot_66)
        (inReceptacle Ladle_bar__minus_00_dot_33_bar__plus_02_dot_04_bar__minus_00_dot_66 Cabinet_bar__minus_03_dot_17_bar__plus_02_dot_58_bar__minus_02_dot_56)
        (objectAtLocation Ladle_bar__minus_00_dot_33_bar__plus_02_dot_04_bar__minus_00_dot_66 loc_bar__minus_5_bar__minus_4_bar_0_bar_30)
        (canContain CabinetType LadleType)
        (canContain CabinetType MugType)
        (canContain CabinetType SaltShakerType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType ForkType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PotatoType)
        (canContain CounterTopType SaltShakerType)
        (canContain FridgeType AppleType)
        (canContain FridgeType MugType)
        (canContain FridgeType PotatoType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType PotatoType)
        (canContain ShelfType MugType)
        (canContain ShelfType SaltShakerType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType ForkType)
        (canContain SinkBasinType LadleType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PotatoType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o MugType)
                            (receptacleType ?r FridgeType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
