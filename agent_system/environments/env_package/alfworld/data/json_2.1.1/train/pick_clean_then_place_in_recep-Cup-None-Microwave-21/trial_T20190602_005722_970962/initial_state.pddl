(define (problem plan_trial_T20190602_005722_970962)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CupType - otype
        KnifeType - otype
        PotType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Cup_bar__minus_01_dot_94_bar__plus_00_dot_74_bar__minus_01_dot_74 - object
        Pot_bar__plus_02_dot_50_bar__plus_00_dot_25_bar__plus_00_dot_12 - object
        WineBottle_bar__plus_01_dot_41_bar__plus_01_dot_25_bar__minus_01_dot_96 - object
        Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80 - receptacle
        CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74 - receptacle
        Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15 - receptacle
        Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49 - receptacle
        Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76 - receptacle
        Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53 - receptacle
        Sink_bar__plus_03_dot_20_bar__plus_00_dot_04_bar__plus_01_dot_53_bar_SinkBasin - receptacle
        loc_bar_0_bar__minus_8_bar_0_bar_45 - location
        loc_bar_1_bar__minus_7_bar_0_bar_0 - location
        loc_bar_2_bar_6_bar_1_bar_60 - location
        loc_bar_3_bar__minus_2_bar_2_bar_30 - location
        loc_bar_8_bar_2_bar_3_bar_60 - location
        loc_bar_8_bar__minus_8_bar_0_bar_60 - location
        loc_bar__minus_9_bar_5_bar_0_bar_0 - location
        loc_bar__minus_9_bar_5_bar_2_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_8_bar__minus_8_bar_0_bar_60)
        (receptacleType Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80 loc_bar_3_bar__minus_2_bar_2_bar_30)
        (openable Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80)
        (receptacleType CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74 loc_bar__minus_9_bar_5_bar_0_bar_0)
        (receptacleType Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15 loc_bar_1_bar__minus_7_bar_0_bar_0)
        (openable Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15)
        (receptacleType Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49 loc_bar_0_bar__minus_8_bar_0_bar_45)
        (openable Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49)
        (receptacleType Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76 loc_bar_8_bar_2_bar_3_bar_60)
        (openable Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76)
        (receptacleType Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53 loc_bar_2_bar_6_bar_1_bar_60)
        (openable Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53)
        (receptacleType Sink_bar__plus_03_dot_20_bar__plus_00_dot_04_bar__plus_01_dot_53_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_03_dot_20_bar__plus_00_dot_04_bar__plus_01_dot_53_bar_SinkBasin loc_bar__minus_9_bar_5_bar_2_bar_30)
        (objectType Cup_bar__minus_01_dot_94_bar__plus_00_dot_74_bar__minus_01_dot_74 CupType)
        (pickupable Cup_bar__minus_01_dot_94_bar__plus_00_dot_74_bar__minus_01_dot_74)
        (cleanable Cup_bar__minus_01_dot_94_bar__plus_00_dot_74_bar__minus_01_dot_74)
        (heatable Cup_bar__minus_01_dot_94_bar__plus_00_dot_74_bar__minus_01_dot_74)
        (coolable Cup_bar__minus_01_dot_94_bar__plus_00_dot_74_bar__minus_01_dot_74)
        (inReceptacle Cup_bar__minus_01_dot_94_bar__plus_00_dot_74_bar__minus_01_dot_74 Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80)
        (objectAtLocation Cup_bar__minus_01_dot_94_bar__plus_00_dot_74_bar__minus_01_dot_74 loc_bar_3_bar__minus_2_bar_2_bar_30)
        (objectType Pot_bar__plus_02_dot_50_bar__plus_00_dot_25_bar__plus_00_dot_12 PotType)
        (pickupable Pot_bar__plus_02_dot_50_bar__plus_00_dot_25_bar__plus_00_dot_12)
        (cleanable Pot_bar__plus_02_dot_50_bar__plus_00_dot_25_bar__plus_00_dot_12)
        (coolable Pot_bar__plus_02_dot_50_bar__plus_00_dot_25_bar__plus_00_dot_12)
        (inReceptacle Pot_bar__plus_02_dot_50_bar__plus_00_dot_25_bar__plus_00_dot_12 Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80)
        (objectAtLocation Pot_bar__plus_02_dot_50_bar__plus_00_dot_25_bar__plus_00_dot_12 loc_bar_3_bar__minus_2_bar_2_bar_30)
        (objectType WineBottle_bar__plus_01_dot_41_bar__plus_01_dot_25_bar__minus_01_dot_96 WineBottleType)
        (pickupable WineBottle_bar__plus_01_dot_41_bar__plus_01_dot_25_bar__minus_01_dot_96)
        (coolable WineBottle_bar__plus_01_dot_41_bar__plus_01_dot_25_bar__minus_01_dot_96)
        (inReceptacle WineBottle_bar__plus_01_dot_41_bar__plus_01_dot_25_bar__minus_01_dot_96 Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80)
        (objectAtLocation WineBottle_bar__plus_01_dot_41_bar__plus_01_dot_25_bar__minus_01_dot_96 loc_bar_3_bar__minus_2_bar_2_bar_30)
        (canContain CabinetType CupType)
        (canContain CabinetType PotType)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType PotType)
        (canContain CounterTopType WineBottleType)
        (canContain FridgeType CupType)
        (canContain FridgeType PotType)
        (canContain FridgeType WineBottleType)
        (canContain MicrowaveType CupType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType PotType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o CupType)
                            (receptacleType ?r MicrowaveType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
