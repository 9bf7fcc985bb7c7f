(define (problem plan_trial_T20190509_131913_773967)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CupType - otype
        KnifeType - otype
        LettuceType - otype
        PepperShakerType - otype
        SpatulaType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Lettuce_bar__plus_02_dot_89_bar__plus_03_dot_50_bar__plus_01_dot_53 - object
        Cup_bar__minus_03_dot_41_bar__plus_00_dot_82_bar__minus_01_dot_29 - object
        Spatula_bar__plus_00_dot_42_bar__plus_02_dot_28_bar__minus_00_dot_52 - object
        Knife_bar__minus_02_dot_88_bar__plus_01_dot_54_bar__plus_02_dot_47 - object
        PepperShaker_bar__plus_00_dot_30_bar__plus_01_dot_07_bar__plus_02_dot_30 - object
        Cabinet_bar__plus_00_dot_93_bar__plus_00_dot_22_bar__plus_02_dot_29 - receptacle
        Cabinet_bar__minus_03_dot_44_bar__plus_02_dot_24_bar__minus_01_dot_44 - receptacle
        CounterTop_bar__minus_02_dot_20_bar__plus_01_dot_50_bar__minus_00_dot_37 - receptacle
        CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_96_bar__plus_00_dot_67 - receptacle
        Drawer_bar__plus_03_dot_33_bar__plus_01_dot_19_bar__minus_03_dot_07 - receptacle
        Fridge_bar__minus_02_dot_84_bar__plus_00_dot_03_bar__minus_01_dot_43 - receptacle
        Microwave_bar__minus_00_dot_92_bar__plus_02_dot_13_bar__minus_02_dot_46 - receptacle
        Sink_bar__minus_03_dot_49_bar__plus_02_dot_36_bar__plus_02_dot_29_bar_SinkBasin - receptacle
        loc_bar_1_bar_9_bar_0_bar_15 - location
        loc_bar_2_bar__minus_8_bar_0_bar_0 - location
        loc_bar_4_bar__minus_2_bar_0_bar_0 - location
        loc_bar_8_bar_3_bar_1_bar_30 - location
        loc_bar_8_bar_8_bar_3_bar_45 - location
        loc_bar_8_bar__minus_2_bar_1_bar__minus_30 - location
        loc_bar__minus_1_bar_8_bar_2_bar_45 - location
        loc_bar__minus_2_bar__minus_1_bar_3_bar_15 - location
        loc_bar__minus_7_bar_6_bar_2_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar_4_bar__minus_2_bar_0_bar_0)
        (receptacleType Cabinet_bar__plus_00_dot_93_bar__plus_00_dot_22_bar__plus_02_dot_29 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_00_dot_93_bar__plus_00_dot_22_bar__plus_02_dot_29 loc_bar__minus_7_bar_6_bar_2_bar_60)
        (openable Cabinet_bar__plus_00_dot_93_bar__plus_00_dot_22_bar__plus_02_dot_29)
        (receptacleType Cabinet_bar__minus_03_dot_44_bar__plus_02_dot_24_bar__minus_01_dot_44 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_03_dot_44_bar__plus_02_dot_24_bar__minus_01_dot_44 loc_bar__minus_2_bar__minus_1_bar_3_bar_15)
        (openable Cabinet_bar__minus_03_dot_44_bar__plus_02_dot_24_bar__minus_01_dot_44)
        (receptacleType CounterTop_bar__minus_02_dot_20_bar__plus_01_dot_50_bar__minus_00_dot_37 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_02_dot_20_bar__plus_01_dot_50_bar__minus_00_dot_37 loc_bar_8_bar_3_bar_1_bar_30)
        (receptacleType CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_96_bar__plus_00_dot_67 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_96_bar__plus_00_dot_67 loc_bar_1_bar_9_bar_0_bar_15)
        (receptacleType Drawer_bar__plus_03_dot_33_bar__plus_01_dot_19_bar__minus_03_dot_07 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_03_dot_33_bar__plus_01_dot_19_bar__minus_03_dot_07 loc_bar_8_bar_8_bar_3_bar_45)
        (openable Drawer_bar__plus_03_dot_33_bar__plus_01_dot_19_bar__minus_03_dot_07)
        (receptacleType Fridge_bar__minus_02_dot_84_bar__plus_00_dot_03_bar__minus_01_dot_43 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_02_dot_84_bar__plus_00_dot_03_bar__minus_01_dot_43 loc_bar__minus_1_bar_8_bar_2_bar_45)
        (openable Fridge_bar__minus_02_dot_84_bar__plus_00_dot_03_bar__minus_01_dot_43)
        (receptacleType Microwave_bar__minus_00_dot_92_bar__plus_02_dot_13_bar__minus_02_dot_46 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_92_bar__plus_02_dot_13_bar__minus_02_dot_46 loc_bar_2_bar__minus_8_bar_0_bar_0)
        (openable Microwave_bar__minus_00_dot_92_bar__plus_02_dot_13_bar__minus_02_dot_46)
        (receptacleType Sink_bar__minus_03_dot_49_bar__plus_02_dot_36_bar__plus_02_dot_29_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_03_dot_49_bar__plus_02_dot_36_bar__plus_02_dot_29_bar_SinkBasin loc_bar_8_bar__minus_2_bar_1_bar__minus_30)
        (objectType Lettuce_bar__plus_02_dot_89_bar__plus_03_dot_50_bar__plus_01_dot_53 LettuceType)
        (pickupable Lettuce_bar__plus_02_dot_89_bar__plus_03_dot_50_bar__plus_01_dot_53)
        (cleanable Lettuce_bar__plus_02_dot_89_bar__plus_03_dot_50_bar__plus_01_dot_53)
        (coolable Lettuce_bar__plus_02_dot_89_bar__plus_03_dot_50_bar__plus_01_dot_53)
        (inReceptacle Lettuce_bar__plus_02_dot_89_bar__plus_03_dot_50_bar__plus_01_dot_53 Sink_bar__minus_03_dot_49_bar__plus_02_dot_36_bar__plus_02_dot_29_bar_SinkBasin)
        (objectAtLocation Lettuce_bar__plus_02_dot_89_bar__plus_03_dot_50_bar__plus_01_dot_53 loc_bar_8_bar__minus_2_bar_1_bar__minus_30)
        (objectType Cup_bar__minus_03_dot_41_bar__plus_00_dot_82_bar__minus_01_dot_29 CupType)
        (pickupable Cup_bar__minus_03_dot_41_bar__plus_00_dot_82_bar__minus_01_dot_29)
        (cleanable Cup_bar__minus_03_dot_41_bar__plus_00_dot_82_bar__minus_01_dot_29)
        (heatable Cup_bar__minus_03_dot_41_bar__plus_00_dot_82_bar__minus_01_dot_29)
        (coolable Cup_bar__minus_03_dot_41_bar__plus_00_dot_82_bar__minus_01_dot_29)
        (inReceptacle Cup_bar__minus_03_dot_41_bar__plus_00_dot_82_bar__minus_01_dot_29 Cabinet_bar__minus_03_dot_44_bar__plus_02_dot_24_bar__minus_01_dot_44)
        (objectAtLocation Cup_bar__minus_03_dot_41_bar__plus_00_dot_82_bar__minus_01_dot_29 loc_bar__minus_2_bar__minus_1_bar_3_bar_15)
        (objectType Spatula_bar__plus_00_dot_42_bar__plus_02_dot_28_bar__minus_00_dot_52 SpatulaType)
        (pickupable Spatula_bar__plus_00_dot_42_bar__plus_02_dot_28_bar__minus_00_dot_52)
        (cleanable Spatula_bar__plus_00_dot_42_bar__plus_02_dot_28_bar__minus_00_dot_52)
        (inReceptacle Spatula_bar__plus_00_dot_42_bar__plus_02_dot_28_bar__minus_00_dot_52 Drawer_bar__plus_03_dot_33_bar__plus_01_dot_19_bar__minus_03_dot_07)
        (objectAtLocation Spatula_bar__plus_00_dot_42_bar__plus_02_dot_28_bar__minus_00_dot_52 loc_bar_8_bar_8_bar_3_bar_45)
        (objectType Knife_bar__minus_02_dot_88_bar__plus_01_dot_54_bar__plus_02_dot_47 KnifeType)
        (pickupable Knife_bar__minus_02_dot_88_bar__plus_01_dot_54_bar__plus_02_dot_47)
        (cleanable Knife_bar__minus_02_dot_88_bar__plus_01_dot_54_bar__plus_02_dot_47)
        (inReceptacle Knife_bar__minus_02_dot_88_bar__plus_01_dot_54_bar__plus_02_dot_47 Drawer_bar__plus_03_dot_33_bar__plus_01_dot_19_bar__minus_03_dot_07)
        (objectAtLocation Knife_bar__minus_02_dot_88_bar__plus_01_dot_54_bar__plus_02_dot_47 loc_bar_8_bar_8_bar_3_bar_45)
        (objectType PepperShaker_bar__plus_00_dot_30_bar__plus_01_dot_07_bar__plus_02_dot_30 PepperShakerType)
        (pickupable PepperShaker_bar__plus_00_dot_30_bar__plus_01_dot_07_bar__plus_02_dot_30)
        (inReceptacle PepperShaker_bar__plus_00_dot_30_bar__plus_01_dot_07_bar__plus_02_dot_30 CounterTop_bar__plus_00_dot_88_bar__plus_02_dot_96_bar__plus_00_dot_67)
        (objectAtLocation PepperShaker_bar__plus_00_dot_30_bar__plus_01_dot_07_bar__plus_02_dot_30 loc_bar_1_bar_9_bar_0_bar_15)
        (canContain CabinetType CupType)
        (canContain CabinetType PepperShakerType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType LettuceType)
        (canContain CounterTopType PepperShakerType)
        (canContain CounterTopType SpatulaType)
        (canContain DrawerType KnifeType)
        (canContain DrawerType PepperShakerType)
        (canContain DrawerType SpatulaType)
        (canContain FridgeType CupType)
        (canContain FridgeType LettuceType)
        (canContain MicrowaveType CupType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType LettuceType)
        (canContain SinkBasinType SpatulaType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (coolable ?o)
                            (objectType ?o LettuceType)
                            (receptacleType ?r CounterTopType)
                            (isCool ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
