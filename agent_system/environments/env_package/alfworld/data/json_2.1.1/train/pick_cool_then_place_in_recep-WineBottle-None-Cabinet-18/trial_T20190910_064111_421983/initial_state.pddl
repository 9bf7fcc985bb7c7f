(define (problem plan_trial_T20190910_064111_421983)
    (:domain alfred)
    (:objects
        agent1 - agent
        AppleType - otype
        ButterKnifeType - otype
        CupType - otype
        KnifeType - otype
        PotType - otype
        SaltShakerType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        WineBottle_bar__plus_02_dot_15_bar__plus_00_dot_58_bar__plus_02_dot_49 - object
        SaltShaker_bar__plus_03_dot_33_bar__plus_03_dot_39_bar__minus_01_dot_71 - object
        ButterKnife_bar__minus_03_dot_29_bar__plus_01_dot_68_bar__plus_01_dot_72 - object
        Pot_bar__minus_00_dot_73_bar__plus_02_dot_10_bar__minus_01_dot_85 - object
        Cup_bar__minus_01_dot_54_bar__plus_02_dot_08_bar__plus_00_dot_25 - object
        Apple_bar__plus_02_dot_00_bar__plus_00_dot_19_bar__plus_00_dot_89 - object
        Cabinet_bar__plus_00_dot_26_bar__plus_02_dot_18_bar__minus_00_dot_26 - receptacle
        CounterTop_bar__minus_03_dot_01_bar__plus_00_dot_24_bar__plus_03_dot_07 - receptacle
        CounterTop_bar__minus_01_dot_84_bar__plus_02_dot_05_bar__plus_00_dot_10 - receptacle
        Drawer_bar__minus_02_dot_28_bar__plus_01_dot_37_bar__minus_03_dot_35 - receptacle
        Fridge_bar__plus_02_dot_92_bar__plus_03_dot_49_bar__minus_02_dot_13 - receptacle
        Microwave_bar__minus_01_dot_73_bar__plus_00_dot_92_bar__minus_00_dot_20 - receptacle
        Sink_bar__minus_03_dot_10_bar__plus_01_dot_63_bar__plus_00_dot_09_bar_SinkBasin - receptacle
        loc_bar_2_bar__minus_4_bar_1_bar_0 - location
        loc_bar_6_bar_3_bar_2_bar_0 - location
        loc_bar_6_bar__minus_1_bar_1_bar_0 - location
        loc_bar_9_bar__minus_9_bar_3_bar_15 - location
        loc_bar__minus_1_bar_2_bar_0_bar_60 - location
        loc_bar__minus_2_bar_5_bar_1_bar_60 - location
        loc_bar__minus_2_bar__minus_1_bar_2_bar_15 - location
        loc_bar__minus_8_bar_1_bar_1_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar_6_bar__minus_1_bar_1_bar_0)
        (receptacleType Cabinet_bar__plus_00_dot_26_bar__plus_02_dot_18_bar__minus_00_dot_26 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_26_bar__plus_02_dot_18_bar__minus_00_dot_26 loc_bar__minus_1_bar_2_bar_0_bar_60)
        (openable Cabinet_bar__plus_00_dot_26_bar__plus_02_dot_18_bar__minus_00_dot_26)
        (receptacleType CounterTop_bar__minus_03_dot_01_bar__plus_00_dot_24_bar__plus_03_dot_07 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_03_dot_01_bar__plus_00_dot_24_bar__plus_03_dot_07 loc_bar__minus_2_bar__minus_1_bar_2_bar_15)
        (receptacleType CounterTop_bar__minus_01_dot_84_bar__plus_02_dot_05_bar__plus_00_dot_10 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_84_bar__plus_02_dot_05_bar__plus_00_dot_10 loc_bar_2_bar__minus_4_bar_1_bar_0)
        (receptacleType Drawer_bar__minus_02_dot_28_bar__plus_01_dot_37_bar__minus_03_dot_35 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_28_bar__plus_01_dot_37_bar__minus_03_dot_35 loc_bar_9_bar__minus_9_bar_3_bar_15)
        (openable Drawer_bar__minus_02_dot_28_bar__plus_01_dot_37_bar__minus_03_dot_35)
        (receptacleType Fridge_bar__plus_02_dot_92_bar__plus_03_dot_49_bar__minus_02_dot_13 FridgeType)
        (receptacleAtLocation Fridge_bar__plus_02_dot_92_bar__plus_03_dot_49_bar__minus_02_dot_13 loc_bar__minus_8_bar_1_bar_1_bar_60)
        (openable Fridge_bar__plus_02_dot_92_bar__plus_03_dot_49_bar__minus_02_dot_13)
        (receptacleType Microwave_bar__minus_01_dot_73_bar__plus_00_dot_92_bar__minus_00_dot_20 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_01_dot_73_bar__plus_00_dot_92_bar__minus_00_dot_20 loc_bar__minus_2_bar_5_bar_1_bar_60)
        (openable Microwave_bar__minus_01_dot_73_bar__plus_00_dot_92_bar__minus_00_dot_20)
        (receptacleType Sink_bar__minus_03_dot_10_bar__plus_01_dot_63_bar__plus_00_dot_09_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_03_dot_10_bar__plus_01_dot_63_bar__plus_00_dot_09_bar_SinkBasin loc_bar_6_bar_3_bar_2_bar_0)
        (objectType WineBottle_bar__plus_02_dot_15_bar__plus_00_dot_58_bar__plus_02_dot_49 WineBottleType)
        (pickupable WineBottle_bar__plus_02_dot_15_bar__plus_00_dot_58_bar__plus_02_dot_49)
        (coolable WineBottle_bar__plus_02_dot_15_bar__plus_00_dot_58_bar__plus_02_dot_49)
        (inReceptacle WineBottle_bar__plus_02_dot_15_bar__plus_00_dot_58_bar__plus_02_dot_49 CounterTop_bar__minus_03_dot_01_bar__plus_00_dot_24_bar__plus_03_dot_07)
        (objectAtLocation WineBottle_bar__plus_02_dot_15_bar__plus_00_dot_58_bar__plus_02_dot_49 loc_bar__minus_2_bar__minus_1_bar_2_bar_15)
        (objectType SaltShaker_bar__plus_03_dot_33_bar__plus_03_dot_39_bar__minus_01_dot_71 SaltShakerType)
        (pickupable SaltShaker_bar__plus_03_dot_33_bar__plus_03_dot_39_bar__minus_01_dot_71)
        (inReceptacle SaltShaker_bar__plus_03_dot_33_bar__plus_03_dot_39_bar__minus_01_dot_71 Cabinet_bar__plus_00_dot_26_bar__plus_02_dot_18_bar__minus_00_dot_26)
        (objectAtLocation SaltShaker_bar__plus_03_dot_33_bar__plus_03_dot_39_bar__minus_01_dot_71 loc_bar__minus_1_bar_2_bar_0_bar_60)
        (objectType ButterKnife_bar__minus_03_dot_29_bar__plus_01_dot_68_bar__plus_01_dot_72 ButterKnifeType)
        (pickupable ButterKnife_bar__minus_03_dot_29_bar__plus_01_dot_68_bar__plus_01_dot_72)
        (cleanable ButterKnife_bar__minus_03_dot_29_bar__plus_01_dot_68_bar__plus_01_dot_72)
        (inReceptacle ButterKnife_bar__minus_03_dot_29_bar__plus_01_dot_68_bar__plus_01_dot_72 Drawer_bar__minus_02_dot_28_bar__plus_01_dot_37_bar__minus_03_dot_35)
        (objectAtLocation ButterKnife_bar__minus_03_dot_29_bar__plus_01_dot_68_bar__plus_01_dot_72 loc_bar_9_bar__minus_9_bar_3_bar_15)
        (objectType Pot_bar__minus_00_dot_73_bar__plus_02_dot_10_bar__minus_01_dot_85 PotType)
        (pickupable Pot_bar__minus_00_dot_73_bar__plus_02_dot_10_bar__minus_01_dot_85)
        (cleanable Pot_bar__minus_00_dot_73_bar__plus_02_dot_10_bar__minus_01_dot_85)
        (coolable Pot_bar__minus_00_dot_73_bar__plus_02_dot_10_bar__minus_01_dot_85)
        (inReceptacle Pot_bar__minus_00_dot_73_bar__plus_02_dot_10_bar__minus_01_dot_85 Cabinet_bar__plus_00_dot_26_bar__plus_02_dot_18_bar__minus_00_dot_26)
        (objectAtLocation Pot_bar__minus_00_dot_73_bar__plus_02_dot_10_bar__minus_01_dot_85 loc_bar__minus_1_bar_2_bar_0_bar_60)
        (objectType Cup_bar__minus_01_dot_54_bar__plus_02_dot_08_bar__plus_00_dot_25 CupType)
        (pickupable Cup_bar__minus_01_dot_54_bar__plus_02_dot_08_bar__plus_00_dot_25)
        (cleanable Cup_bar__minus_01_dot_54_bar__plus_02_dot_08_bar__plus_00_dot_25)
        (heatable Cup_bar__minus_01_dot_54_bar__plus_02_dot_08_bar__plus_00_dot_25)
        (coolable Cup_bar__minus_01_dot_54_bar__plus_02_dot_08_bar__plus_00_dot_25)
        (inReceptacle Cup_bar__minus_01_dot_54_bar__plus_02_dot_08_bar__plus_00_dot_25 Microwave_bar__minus_01_dot_73_bar__plus_00_dot_92_bar__minus_00_dot_20)
        (objectAtLocation Cup_bar__minus_01_dot_54_bar__plus_02_dot_08_bar__plus_00_dot_25 loc_bar__minus_2_bar_5_bar_1_bar_60)
        (objectType Apple_bar__plus_02_dot_00_bar__plus_00_dot_19_bar__plus_00_dot_89 AppleType)
        (pickupable Apple_bar__plus_02_dot_00_bar__plus_00_dot_19_bar__plus_00_dot_89)
        (cleanable Apple_bar__plus_02_dot_00_bar__plus_00_dot_19_bar__plus_00_dot_89)
        (heatable Apple_bar__plus_02_dot_00_bar__plus_00_dot_19_bar__plus_00_dot_89)
        (coolable Apple_bar__plus_02_dot_00_bar__plus_00_dot_19_bar__plus_00_dot_89)
        (inReceptacle Apple_bar__plus_02_dot_00_bar__plus_00_dot_19_bar__plus_00_dot_89 Microwave_bar__minus_01_dot_73_bar__plus_00_dot_92_bar__minus_00_dot_20)
        (objectAtLocation Apple_bar__plus_02_dot_00_bar__plus_00_dot_19_bar__plus_00_dot_89 loc_bar__minus_2_bar_5_bar_1_bar_60)
        (canContain CabinetType CupType)
        (canContain CabinetType PotType)
        (canContain CabinetType SaltShakerType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType ButterKnifeType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType SaltShakerType)
        (canContain CounterTopType WineBottleType)
        (canContain DrawerType ButterKnifeType)
        (canContain DrawerType SaltShakerType)
        (canContain FridgeType AppleType)
        (canContain FridgeType CupType)
        (canContain FridgeType PotType)
        (canContain FridgeType WineBottleType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType CupType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType ButterKnifeType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType PotType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o WineBottleType)
                            (receptacleType ?r CabinetType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
