(define (problem plan_trial_T20190522_195954_108317)
    (:domain alfred)
    (:objects
        agent1 - agent
        AppleType - otype
        ButterKnifeType - otype
        KnifeType - otype
        MugType - otype
        PanType - otype
        SaltShakerType - otype
        TomatoType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        StoveBurnerType - rtype
        Pan_bar__plus_02_dot_98_bar__plus_01_dot_56_bar__plus_01_dot_98 - object
        Pan_bar__plus_02_dot_71_bar__plus_00_dot_70_bar__minus_02_dot_09 - object
        SaltShaker_bar__minus_00_dot_33_bar__plus_02_dot_34_bar__plus_01_dot_59 - object
        Apple_bar__plus_02_dot_80_bar__plus_03_dot_29_bar__plus_00_dot_86 - object
        WineBottle_bar__minus_01_dot_15_bar__plus_01_dot_67_bar__plus_02_dot_25 - object
        Mug_bar__plus_00_dot_46_bar__plus_00_dot_85_bar__minus_02_dot_49 - object
        Tomato_bar__plus_03_dot_33_bar__plus_03_dot_06_bar__minus_03_dot_45 - object
        Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16 - receptacle
        CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38 - receptacle
        Fridge_bar__minus_02_dot_25_bar__plus_02_dot_02_bar__plus_00_dot_65 - receptacle
        Microwave_bar__plus_01_dot_51_bar__plus_00_dot_94_bar__minus_02_dot_75 - receptacle
        Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin - receptacle
        StoveBurner_bar__minus_03_dot_20_bar__plus_00_dot_75_bar__plus_00_dot_93 - receptacle
        StoveBurner_bar__plus_01_dot_97_bar__plus_02_dot_03_bar__plus_00_dot_33 - receptacle
        loc_bar_2_bar_2_bar_1_bar_0 - location
        loc_bar_3_bar__minus_2_bar_1_bar_0 - location
        loc_bar_4_bar__minus_4_bar_3_bar_45 - location
        loc_bar_6_bar_8_bar_3_bar_30 - location
        loc_bar_7_bar__minus_8_bar_1_bar_60 - location
        loc_bar__minus_3_bar_8_bar_3_bar_45 - location
        loc_bar__minus_5_bar__minus_1_bar_1_bar_0 - location
        loc_bar__minus_7_bar_4_bar_2_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar_2_bar_2_bar_1_bar_0)
        (receptacleType Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16 loc_bar_6_bar_8_bar_3_bar_30)
        (openable Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16)
        (receptacleType CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38 loc_bar_3_bar__minus_2_bar_1_bar_0)
        (receptacleType Fridge_bar__minus_02_dot_25_bar__plus_02_dot_02_bar__plus_00_dot_65 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_25_bar__plus_02_dot_02_bar__plus_00_dot_65 loc_bar__minus_7_bar_4_bar_2_bar_15)
        (openable Fridge_bar__minus_02_dot_25_bar__plus_02_dot_02_bar__plus_00_dot_65)
        (receptacleType Microwave_bar__plus_01_dot_51_bar__plus_00_dot_94_bar__minus_02_dot_75 MicrowaveType)
        (receptacleAtLocation Microwave_bar__plus_01_dot_51_bar__plus_00_dot_94_bar__minus_02_dot_75 loc_bar_7_bar__minus_8_bar_1_bar_60)
        (openable Microwave_bar__plus_01_dot_51_bar__plus_00_dot_94_bar__minus_02_dot_75)
        (receptacleType Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin loc_bar__minus_3_bar_8_bar_3_bar_45)
        (receptacleType StoveBurner_bar__minus_03_dot_20_bar__plus_00_dot_75_bar__plus_00_dot_93 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__minus_03_dot_20_bar__plus_00_dot_75_bar__plus_00_dot_93 loc_bar_4_bar__minus_4_bar_3_bar_45)
        (receptacleType StoveBurner_bar__plus_01_dot_97_bar__plus_02_dot_03_bar__plus_00_dot_33 StoveBurnerType)
        (receptacleAtLocation StoveBurner_bar__plus_01_dot_97_bar__plus_02_dot_03_bar__plus_00_dot_33 loc_bar__minus_5_bar__minus_1_bar_1_bar_0)
        (objectType Pan_bar__plus_02_dot_98_bar__plus_01_dot_56_bar__plus_01_dot_98 PanType)
        (pickupable Pan_bar__plus_02_dot_98_bar__plus_01_dot_56_bar__plus_01_dot_98)
        (cleanable Pan_bar__plus_02_dot_98_bar__plus_01_dot_56_bar__plus_01_dot_98)
        (coolable Pan_bar__plus_02_dot_98_bar__plus_01_dot_56_bar__plus_01_dot_98)
        (inReceptacle Pan_bar__plus_02_dot_98_bar__plus_01_dot_56_bar__plus_01_dot_98 StoveBurner_bar__minus_03_dot_20_bar__plus_00_dot_75_bar__plus_00_dot_93)
        (objectAtLocation Pan_bar__plus_02_dot_98_bar__plus_01_dot_56_bar__plus_01_dot_98 loc_bar_4_bar__minus_4_bar_3_bar_45)
        (objectType Pan_bar__plus_02_dot_71_bar__plus_00_dot_70_bar__minus_02_dot_09 PanType)
        (pickupable Pan_bar__plus_02_dot_71_bar__plus_00_dot_70_bar__minus_02_dot_09)
        (cleanable Pan_bar__plus_02_dot_71_bar__plus_00_dot_70_bar__minus_02_dot_09)
        (coolable Pan_bar__plus_02_dot_71_bar__plus_00_dot_70_bar__minus_02_dot_09)
        (inReceptacle Pan_bar__plus_02_dot_71_bar__plus_00_dot_70_bar__minus_02_dot_09 StoveBurner_bar__minus_03_dot_20_bar__plus_00_dot_75_bar__plus_00_dot_93)
        (objectAtLocation Pan_bar__plus_02_dot_71_bar__plus_00_dot_70_bar__minus_02_dot_09 loc_bar_4_bar__minus_4_bar_3_bar_45)
        (objectType SaltShaker_bar__minus_00_dot_33_bar__plus_02_dot_34_bar__plus_01_dot_59 SaltShakerType)
        (pickupable SaltShaker_bar__minus_00_dot_33_bar__plus_02_dot_34_bar__plus_01_dot_59)
        (inReceptacle SaltShaker_bar__minus_00_dot_33_bar__plus_02_dot_34_bar__plus_01_dot_59 Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16)
        (objectAtLocation SaltShaker_bar__minus_00_dot_33_bar__plus_02_dot_34_bar__plus_01_dot_59 loc_bar_6_bar_8_bar_3_bar_30)
        (objectType Apple_bar__plus_02_dot_80_bar__plus_03_dot_29_bar__plus_00_dot_86 AppleType)
        (pickupable Apple_bar__plus_02_dot_80_bar__plus_03_dot_29_bar__plus_00_dot_86)
        (cleanable Apple_bar__plus_02_dot_80_bar__plus_03_dot_29_bar__plus_00_dot_86)
        (heatable Apple_bar__plus_02_dot_80_bar__plus_03_dot_29_bar__plus_00_dot_86)
        (coolable Apple_bar__plus_02_dot_80_bar__plus_03_dot_29_bar__plus_00_dot_86)
        (inReceptacle Apple_bar__plus_02_dot_80_bar__plus_03_dot_29_bar__plus_00_dot_86 Sink_bar__minus_02_dot_91_bar__plus_01_dot_11_bar__plus_02_dot_88_bar_SinkBasin)
        (objectAtLocation Apple_bar__plus_02_dot_80_bar__plus_03_dot_29_bar__plus_00_dot_86 loc_bar__minus_3_bar_8_bar_3_bar_45)
        (objectType WineBottle_bar__minus_01_dot_15_bar__plus_01_dot_67_bar__plus_02_dot_25 WineBottleType)
        (pickupable WineBottle_bar__minus_01_dot_15_bar__plus_01_dot_67_bar__plus_02_dot_25)
        (coolable WineBottle_bar__minus_01_dot_15_bar__plus_01_dot_67_bar__plus_02_dot_25)
        (inReceptacle WineBottle_bar__minus_01_dot_15_bar__plus_01_dot_67_bar__plus_02_dot_25 CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38)
        (objectAtLocation WineBottle_bar__minus_01_dot_15_bar__plus_01_dot_67_bar__plus_02_dot_25 loc_bar_3_bar__minus_2_bar_1_bar_0)
        (objectType Mug_bar__plus_00_dot_46_bar__plus_00_dot_85_bar__minus_02_dot_49 MugType)
        (pickupable Mug_bar__plus_00_dot_46_bar__plus_00_dot_85_bar__minus_02_dot_49)
        (cleanable Mug_bar__plus_00_dot_46_bar__plus_00_dot_85_bar__minus_02_dot_49)
        (heatable Mug_bar__plus_00_dot_46_bar__plus_00_dot_85_bar__minus_02_dot_49)
        (coolable Mug_bar__plus_00_dot_46_bar__plus_00_dot_85_bar__minus_02_dot_49)
        (inReceptacle Mug_bar__plus_00_dot_46_bar__plus_00_dot_85_bar__minus_02_dot_49 Cabinet_bar__plus_02_dot_50_bar__plus_03_dot_02_bar__plus_01_dot_16)
        (objectAtLocation Mug_bar__plus_00_dot_46_bar__plus_00_dot_85_bar__minus_02_dot_49 loc_bar_6_bar_8_bar_3_bar_30)
        (objectType Tomato_bar__plus_03_dot_33_bar__plus_03_dot_06_bar__minus_03_dot_45 TomatoType)
        (pickupable Tomato_bar__plus_03_dot_33_bar__plus_03_dot_06_bar__minus_03_dot_45)
        (cleanable Tomato_bar__plus_03_dot_33_bar__plus_03_dot_06_bar__minus_03_dot_45)
        (heatable Tomato_bar__plus_03_dot_33_bar__plus_03_dot_06_bar__minus_03_dot_45)
        (coolable Tomato_bar__plus_03_dot_33_bar__plus_03_dot_06_bar__minus_03_dot_45)
        (inReceptacle Tomato_bar__plus_03_dot_33_bar__plus_03_dot_06_bar__minus_03_dot_45 CounterTop_bar__minus_01_dot_18_bar__plus_01_dot_82_bar__plus_01_dot_38)
        (objectAtLocation Tomato_bar__plus_03_dot_33_bar__plus_03_dot_06_bar__minus_03_dot_45 loc_bar_3_bar__minus_2_bar_1_bar_0)
        (canContain CabinetType MugType)
        (canContain CabinetType PanType)
        (canContain CabinetType SaltShakerType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType MugType)
        (canContain CounterTopType PanType)
        (canContain CounterTopType SaltShakerType)
        (canContain CounterTopType TomatoType)
        (canContain CounterTopType WineBottleType)
        (canContain FridgeType AppleType)
        (canContain FridgeType MugType)
        (canContain FridgeType PanType)
        (canContain FridgeType TomatoType)
        (canContain FridgeType WineBottleType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType MugType)
        (canContain MicrowaveType TomatoType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType MugType)
        (canContain SinkBasinType PanType)
        (canContain SinkBasinType TomatoType)
        (canContain StoveBurnerType PanType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o PanType)
                            (receptacleType ?r CabinetType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
